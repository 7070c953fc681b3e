package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.CostKeyType;
import org.asskomm.patrol.api.KeyShare;
import org.asskomm.patrol.api.MemberRole;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of compounds, their members and their cost-key versions. */
public final class CompoundStore {

    private static final String COLUMNS = "id, name, lead_ags, start_date, purpose_agreement_id, untouched_after_days, version";

    private final MunicipalityDirectory municipalities;

    public CompoundStore(MunicipalityDirectory municipalities) {
        this.municipalities = municipalities;
    }

    public void insert(Connection c, Compound compound) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_compound (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                compound.id(), compound.name(), compound.leadAgs(), compound.startDate(),
                compound.purposeAgreementId(), compound.untouchedAfterDays(), compound.version());
        insertMembers(c, compound);
    }

    public void update(Connection c, Compound compound, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Compound", compound.id(), "UPDATE patrol_compound SET name = ?, start_date = ?, "
                        + "purpose_agreement_id = ?, untouched_after_days = ?, version = ? WHERE id = ? AND version = ?",
                compound.name(), compound.startDate(), compound.purposeAgreementId(), compound.untouchedAfterDays(),
                compound.version(), compound.id(), expectedVersion);
        Sql.update(c, "DELETE FROM patrol_member WHERE compound_id = ?", compound.id());
        insertMembers(c, compound);
    }

    private void insertMembers(Connection c, Compound compound) throws SQLException {
        for (CompoundMember m : compound.members()) {
            Sql.update(c, "INSERT INTO patrol_member (compound_id, ags, role, contracted_hours) VALUES (?, ?, ?, ?)",
                    compound.id(), m.ags(), m.role(), m.contractedHoursPerMonth());
        }
    }

    public Optional<Compound> find(Connection c, String id, boolean forUpdate) throws SQLException {
        Optional<Compound> row = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM patrol_compound WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""), rs -> compound(rs, List.of()), id);
        if (row.isEmpty()) {
            return row;
        }
        return Optional.of(withMembers(c, row.get()));
    }

    public Page<Compound> list(Connection c, String memberAgs, java.util.Collection<String> visibleTo, PageRequest page)
            throws SQLException {
        Where where = new Where();
        if (memberAgs != null) {
            where.condition("id IN (SELECT compound_id FROM patrol_member WHERE ags = ?)", memberAgs);
        }
        if (visibleTo != null) {
            if (visibleTo.isEmpty()) {
                where.condition("1 = 0");
            } else {
                where.condition("id IN (SELECT compound_id FROM patrol_member WHERE ags IN ("
                        + String.join(", ", java.util.Collections.nCopies(visibleTo.size(), "?")) + "))",
                        visibleTo.toArray());
            }
        }
        Page<Compound> rows = Sql.page(c, COLUMNS, "patrol_compound", where, "name, id", page,
                rs -> compound(rs, List.of()));
        List<Compound> full = new ArrayList<>();
        for (Compound row : rows.items()) {
            full.add(withMembers(c, row));
        }
        return new Page<>(full, rows.total(), rows.offset(), rows.limit());
    }

    private Compound withMembers(Connection c, Compound row) throws SQLException {
        List<CompoundMember> members = Sql.query(c, "SELECT ags, role, contracted_hours FROM patrol_member "
                + "WHERE compound_id = ? ORDER BY ags", rs -> new CompoundMember(rs.getString("ags"),
                municipalities.find(rs.getString("ags")).map(m -> m.name()).orElse(rs.getString("ags")),
                Sql.enumValue(rs, "role", MemberRole.class), rs.getBigDecimal("contracted_hours")), row.id());
        return new Compound(row.id(), row.name(), row.leadAgs(), row.startDate(), row.purposeAgreementId(),
                row.untouchedAfterDays(), members, row.version());
    }

    private static Compound compound(java.sql.ResultSet rs, List<CompoundMember> members) throws SQLException {
        return new Compound(rs.getString("id"), rs.getString("name"), rs.getString("lead_ags"),
                Sql.date(rs, "start_date"), rs.getString("purpose_agreement_id"), rs.getInt("untouched_after_days"),
                members, rs.getInt("version"));
    }

    // --- cost keys -------------------------------------------------------------------------------------

    public boolean keyExists(Connection c, String compoundId, LocalDate validFrom) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM patrol_cost_key WHERE compound_id = ? AND valid_from = ?",
                compoundId, validFrom) > 0;
    }

    public void insertKey(Connection c, CostKey key) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_cost_key (id, compound_id, valid_from, key_type, base_percent) "
                + "VALUES (?, ?, ?, ?, ?)", key.id(), key.compoundId(), key.validFrom(), key.type(), key.basePercent());
        for (KeyShare s : key.shares()) {
            Sql.update(c, "INSERT INTO patrol_cost_key_share (key_id, ags, percent) VALUES (?, ?, ?)",
                    key.id(), s.ags(), s.percent());
        }
    }

    private static final String KEY_COLUMNS = "id, compound_id, valid_from, key_type, base_percent";

    public List<CostKey> keys(Connection c, String compoundId) throws SQLException {
        List<CostKey> result = new ArrayList<>();
        for (CostKey k : Sql.query(c, "SELECT " + KEY_COLUMNS + " FROM patrol_cost_key WHERE compound_id = ? "
                + "ORDER BY valid_from", CompoundStore::keyHead, compoundId)) {
            result.add(withShares(c, k));
        }
        return result;
    }

    public Optional<CostKey> key(Connection c, String id) throws SQLException {
        Optional<CostKey> head = Sql.queryOne(c, "SELECT " + KEY_COLUMNS + " FROM patrol_cost_key WHERE id = ?",
                CompoundStore::keyHead, id);
        return head.isEmpty() ? head : Optional.of(withShares(c, head.get()));
    }

    private static CostKey keyHead(java.sql.ResultSet rs) throws SQLException {
        return new CostKey(rs.getString("id"), rs.getString("compound_id"), Sql.date(rs, "valid_from"),
                Sql.enumValue(rs, "key_type", CostKeyType.class), rs.getBigDecimal("base_percent"), List.of());
    }

    private static CostKey withShares(Connection c, CostKey k) throws SQLException {
        List<KeyShare> shares = Sql.query(c, "SELECT ags, percent FROM patrol_cost_key_share WHERE key_id = ? "
                + "ORDER BY ags", rs -> new KeyShare(rs.getString("ags"), rs.getBigDecimal("percent")), k.id());
        return new CostKey(k.id(), k.compoundId(), k.validFrom(), k.type(),
                k.basePercent() == null ? null : k.basePercent().stripTrailingZeros(), shares);
    }

    /** The key in force on {@code day}: the latest version valid from that day or earlier; by population when none. */
    public CostKey keyInForce(Connection c, String compoundId, LocalDate day) throws SQLException {
        CostKey inForce = null;
        for (CostKey k : keys(c, compoundId)) {
            if (!k.validFrom().isAfter(day)) {
                inForce = k;
            }
        }
        return inForce != null ? inForce
                : new CostKey(null, compoundId, null, CostKeyType.BY_POPULATION, null, List.of());
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
