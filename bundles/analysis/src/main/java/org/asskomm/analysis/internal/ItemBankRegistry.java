package org.asskomm.analysis.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.ItemBankDraft;
import org.asskomm.analysis.api.ItemBankService;
import org.asskomm.analysis.api.ItemBankVersion;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.analysis.api.SurveyItem;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The item bank's versions: the shipped one ({@link ItemBank}) and those the LPR published, stored with every item.
 * A version is never changed once published; a survey names the version it was created with.
 */
@Component(service = ItemBankService.class)
public class ItemBankRegistry implements ItemBankService {

    static final ItemBankVersion SHIPPED = new ItemBankVersion(null, ResponseService.ITEM_BANK,
            Instant.parse("2026-01-01T00:00:00Z"), "ASSKomm", "mit der Plattform ausgeliefert", ItemBank.ITEMS);
    private static final int MAX_ITEMS = 100;

    /** A published version belongs to no municipality: everybody signed in reads it, the LPR publishes. */
    static final Entity<ItemBankVersion> BANK = Entity.of(AnalysisModule.ID, "ItemBank",
            (c, id) -> ItemBankRegistry.load(c, "id = ?", id.toString()), v -> null).readableWhen((u, v) -> true);

    private final Database database;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public ItemBankRegistry(@Reference Database database,
                            @Reference(target = "(asskomm.module=analysis)") ModuleSchema schema,
                            @Reference Writes writes) {
        this(database, writes, Clock.systemDefaultZone());
    }

    ItemBankRegistry(Database database, Writes writes, Clock clock) {
        this.database = database;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public ItemBankVersion current() {
        return database.read(c -> {
            List<String> latest = Sql.query(c, "SELECT version FROM analysis_item_bank ORDER BY bank_year DESC,"
                    + " bank_number DESC FETCH FIRST 1 ROWS ONLY", rs -> rs.getString("version"));
            return latest.isEmpty() ? Optional.<ItemBankVersion>empty() : load(c, "version = ?", latest.get(0));
        }).orElse(SHIPPED);
    }

    @Override
    public ItemBankVersion version(String version) {
        if (SHIPPED.version().equals(version)) {
            return SHIPPED;
        }
        return database.read(c -> load(c, "version = ?", version))
                .orElseThrow(() -> NotFoundException.of("analysis.itemBank.notFound", version));
    }

    @Override
    public List<ItemBankVersion> versions() {
        List<ItemBankVersion> all = new ArrayList<>(List.of(SHIPPED));
        database.read(c -> {
            for (String version : Sql.query(c, "SELECT version FROM analysis_item_bank ORDER BY bank_year, bank_number",
                    rs -> rs.getString("version"))) {
                all.add(load(c, "version = ?", version).orElseThrow());
            }
            return null;
        });
        return all;
    }

    @Override
    public ItemBankVersion publish(CurrentUser user, ItemBankDraft draft) {
        user.requireLprAdmin();
        validate(draft);
        return writes.create(user, BANK, null, "PUBLISH")
                .authorize(CurrentUser::requireLprAdmin)
                .event(AnalysisEvents.ITEM_BANK_PUBLISHED, (before, after) -> Map.of("version", after.version(),
                        "items", after.items().size()))
                .apply((c, id) -> insert(c, id, user, draft));
    }

    private void insert(Connection c, UUID id, CurrentUser user, ItemBankDraft draft) throws SQLException {
        int year = Year.now(clock).getValue();
        int number = SHIPPED.version().startsWith(year + "-") ? Integer.parseInt(SHIPPED.version().substring(5)) : 0;
        number = (int) Math.max(number, Sql.count(c, "SELECT COALESCE(MAX(bank_number), 0) FROM analysis_item_bank"
                + " WHERE bank_year = ?", year)) + 1;
        String version = year + "-" + number;
        if (Sql.count(c, "SELECT COUNT(*) FROM analysis_item_bank WHERE version = ?", version) > 0) {
            throw ConflictException.of("analysis.itemBank.concurrent", version);
        }
        Sql.update(c, "INSERT INTO analysis_item_bank (id, version, bank_year, bank_number, published_at, published_by,"
                + " note) VALUES (?, ?, ?, ?, ?, ?, ?)", id.toString(), version, year, number, Instant.now(clock),
                user.name(), draft.note() == null ? null : draft.note().trim());
        for (int i = 0; i < draft.items().size(); i++) {
            SurveyItem item = draft.items().get(i);
            Sql.update(c, "INSERT INTO analysis_item (bank_id, position, item_key, item_group, item_text, in_index)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id.toString(), i, item.key(), item.group().trim(), item.text().trim(),
                    item.index());
        }
    }

    private static void validate(ItemBankDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "validation.required");
        }
        Validator v = new Validator().maxLength("note", draft.note(), 2000).notEmpty("items", draft.items())
                .rule(draft.items() == null || draft.items().size() <= MAX_ITEMS, "items", "validation.maxEntries", MAX_ITEMS);
        if (draft.items() != null && draft.items().size() <= MAX_ITEMS) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < draft.items().size(); i++) {
                SurveyItem item = draft.items().get(i);
                String at = "items[" + i + "]";
                if (item == null) {
                    v.rule(false, at, "validation.required");
                    continue;
                }
                v.rule(item.key() != null && item.key().matches("[A-Z][A-Z0-9_]{1,39}"), at + ".key",
                                "analysis.itemBank.key")
                        .rule(item.key() == null || keys.add(item.key()), at + ".key", "analysis.itemBank.duplicate",
                                String.valueOf(item.key()))
                        .text(at + ".group", item.group(), 80)
                        .text(at + ".text", item.text(), 400);
            }
            v.rule(draft.items().stream().anyMatch(item -> item != null && item.index()), "items",
                    "analysis.itemBank.noIndexItem");
        }
        v.throwIfInvalid();
    }

    private static Optional<ItemBankVersion> load(Connection c, String where, Object... params) throws SQLException {
        Optional<ItemBankVersion> bank = Sql.queryOne(c, "SELECT id, version, published_at, published_by, note"
                + " FROM analysis_item_bank WHERE " + where, rs -> new ItemBankVersion(Sql.uuid(rs, "id"),
                rs.getString("version"), Sql.instant(rs, "published_at"), rs.getString("published_by"),
                rs.getString("note"), List.of()), params);
        if (bank.isEmpty()) {
            return bank;
        }
        List<SurveyItem> items = Sql.query(c, "SELECT item_key, item_group, item_text, in_index FROM analysis_item"
                + " WHERE bank_id = ? ORDER BY position", rs -> new SurveyItem(rs.getString("item_key"),
                rs.getString("item_group"), rs.getString("item_text"), rs.getBoolean("in_index")), bank.get().id().toString());
        ItemBankVersion b = bank.get();
        return Optional.of(new ItemBankVersion(b.id(), b.version(), b.publishedAt(), b.publishedBy(), b.note(), items));
    }
}
