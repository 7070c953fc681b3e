package org.asskomm.agreements.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementQuery;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.AgreementSummary;
import org.asskomm.agreements.api.Amendment;
import org.asskomm.agreements.api.DocumentInfo;
import org.asskomm.agreements.api.Milestone;
import org.asskomm.agreements.api.MilestoneType;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PartyType;
import org.asskomm.agreements.api.Signatory;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of cooperation agreements. Every method runs inside the caller's transaction. */
final class AgreementStore {

    /** The status columns read under a row lock before a change. */
    record Locked(String municipality, AgreementStatus status, int version) {
    }

    void insert(Connection c, UUID id, AgreementDraft d, AgreementStatus status, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO agreements_agreement (id, municipality, subject, status, valid_from, valid_until,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, d.municipality(), d.subject().trim(), status, d.validFrom(), d.validUntil(), now, now);
        writeDetails(c, id, d);
    }

    void update(Connection c, UUID id, AgreementDraft d, boolean partiesToo, Instant now) throws SQLException {
        Sql.updateVersioned(c, "Agreement", id, "UPDATE agreements_agreement SET subject = ?, valid_from = ?,"
                        + " valid_until = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                d.subject().trim(), d.validFrom(), d.validUntil(), now, id, d.version());
        Texts.replace(c, id, "GOAL", d.goals());
        Texts.replace(c, id, "MEASURE", d.measures());
        if (partiesToo) {
            deleteParties(c, id);
            insertParties(c, id, d.parties());
        }
    }

    private void writeDetails(Connection c, UUID id, AgreementDraft d) throws SQLException {
        Texts.replace(c, id, "GOAL", d.goals());
        Texts.replace(c, id, "MEASURE", d.measures());
        insertParties(c, id, d.parties());
    }

    private static void deleteParties(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM agreements_signatory WHERE party_id IN"
                + " (SELECT id FROM agreements_party WHERE agreement_id = ?)", id);
        Sql.update(c, "DELETE FROM agreements_party WHERE agreement_id = ?", id);
    }

    private static void insertParties(Connection c, UUID id, List<Party> parties) throws SQLException {
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            UUID partyId = UUID.randomUUID();
            Sql.update(c, "INSERT INTO agreements_party (id, agreement_id, position, organisation, type, municipality)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", partyId, id, i, p.organisation().trim(), p.type(), p.municipality());
            List<Signatory> signatories = p.signatories() == null ? List.of() : p.signatories();
            for (int j = 0; j < signatories.size(); j++) {
                Signatory s = signatories.get(j);
                Sql.update(c, "INSERT INTO agreements_signatory (party_id, position, name, function) VALUES (?, ?, ?, ?)",
                        partyId, j, s.name().trim(), s.function().trim());
            }
        }
    }

    Optional<Locked> lock(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT municipality, status, version FROM agreements_agreement WHERE id = ? FOR UPDATE",
                rs -> new Locked(rs.getString(1), AgreementStatus.valueOf(rs.getString(2)), rs.getInt(3)), id);
    }

    void changeStatus(Connection c, UUID id, AgreementStatus to, LocalDate on, String place, int version,
                      String by, Instant now) throws SQLException {
        String signing = to == AgreementStatus.SIGNED ? ", signed_on = ?, signed_at = ?" : "";
        List<Object> params = new ArrayList<>(List.of(to.name()));
        if (to == AgreementStatus.SIGNED) {
            params.add(on);
            params.add(place.trim());
        }
        params.addAll(List.of(now, id, version));
        Sql.updateVersioned(c, "Agreement", id, "UPDATE agreements_agreement SET status = ?" + signing
                + ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?", params.toArray());
        addHistory(c, id, to, on, by);
    }

    void addHistory(Connection c, UUID id, AgreementStatus status, LocalDate on, String by) throws SQLException {
        long position = Sql.count(c, "SELECT COUNT(*) FROM agreements_status_history WHERE agreement_id = ?", id);
        Sql.update(c, "INSERT INTO agreements_status_history (agreement_id, position, status, changed_on, changed_by)"
                + " VALUES (?, ?, ?, ?, ?)", id, position, status, on, by);
    }

    void touch(Connection c, UUID id, Instant now) throws SQLException {
        Sql.update(c, "UPDATE agreements_agreement SET updated_at = ?, version = version + 1 WHERE id = ?", now, id);
    }

    void addMilestone(Connection c, UUID id, Milestone m) throws SQLException {
        Sql.update(c, "INSERT INTO agreements_milestone (id, agreement_id, type, reached_on, note) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(), id, m.type(), m.on(), m.note());
    }

    void addAmendment(Connection c, UUID id, Amendment a, String by, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO agreements_amendment (id, agreement_id, amended_on, description, recorded_at,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?)", a.id(), id, a.on(), a.description().trim(), now, by);
    }

    void addDocument(Connection c, UUID agreementId, DocumentInfo d, byte[] content, String by) throws SQLException {
        Sql.update(c, "INSERT INTO agreements_document (id, agreement_id, filename, media_type, size_bytes, sha256,"
                        + " content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), agreementId, d.filename(), d.mediaType(), d.size(), d.sha256(), content, d.uploadedAt(), by);
    }

    Optional<byte[]> documentContent(Connection c, UUID agreementId, UUID documentId) throws SQLException {
        return Sql.queryOne(c, "SELECT content FROM agreements_document WHERE id = ? AND agreement_id = ?",
                rs -> rs.getBytes(1), documentId, agreementId);
    }

    Optional<Agreement> load(Connection c, UUID id) throws SQLException {
        Optional<Agreement> head = Sql.queryOne(c, "SELECT * FROM agreements_agreement WHERE id = ?", rs -> new Agreement(
                id, rs.getString("municipality"), rs.getString("subject"), List.of(), List.of(), List.of(),
                AgreementStatus.valueOf(rs.getString("status")), Sql.date(rs, "signed_on"), rs.getString("signed_at"),
                Sql.date(rs, "valid_from"), Sql.date(rs, "valid_until"), List.of(), List.of(), List.of(), List.of(),
                rs.getInt("version")), id);
        if (head.isEmpty()) {
            return head;
        }
        Agreement a = head.get();
        return Optional.of(new Agreement(a.id(), a.municipality(), a.subject(), Texts.load(c, id, "GOAL"),
                Texts.load(c, id, "MEASURE"), parties(c, id), a.status(), a.signedOn(), a.signedAt(), a.validFrom(),
                a.validUntil(),
                Sql.query(c, "SELECT status, changed_on, changed_by FROM agreements_status_history WHERE agreement_id = ?"
                        // by the day each status was reached (back-dated ones included), then as entered
                        + " ORDER BY changed_on, position", rs -> new Agreement.StatusChange(AgreementStatus.valueOf(rs.getString(1)),
                        Sql.date(rs, "changed_on"), rs.getString(3)), id),
                Sql.query(c, "SELECT type, reached_on, note FROM agreements_milestone WHERE agreement_id = ?"
                        + " ORDER BY reached_on, type", rs -> new Milestone(MilestoneType.valueOf(rs.getString(1)),
                        Sql.date(rs, "reached_on"), rs.getString(3)), id),
                Sql.query(c, "SELECT id, amended_on, description FROM agreements_amendment WHERE agreement_id = ?"
                        + " ORDER BY amended_on, recorded_at", rs -> new Amendment(Sql.uuid(rs, "id"),
                        Sql.date(rs, "amended_on"), rs.getString(3)), id),
                Sql.query(c, "SELECT id, filename, media_type, size_bytes, sha256, uploaded_at FROM agreements_document"
                        + " WHERE agreement_id = ? ORDER BY uploaded_at", AgreementStore::document, id),
                a.version()));
    }

    private static List<Party> parties(Connection c, UUID id) throws SQLException {
        List<Party> result = new ArrayList<>();
        for (String[] p : Sql.query(c, "SELECT id, organisation, type, municipality FROM agreements_party"
                + " WHERE agreement_id = ? ORDER BY position", rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)}, id)) {
            List<Signatory> signatories = Sql.query(c, "SELECT name, function FROM agreements_signatory"
                    + " WHERE party_id = ? ORDER BY position", rs -> new Signatory(rs.getString(1), rs.getString(2)), p[0]);
            result.add(new Party(p[1], PartyType.valueOf(p[2]), p[3], signatories));
        }
        return result;
    }

    private static DocumentInfo document(ResultSet rs) throws SQLException {
        return new DocumentInfo(Sql.uuid(rs, "id"), rs.getString("filename"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), Sql.instant(rs, "uploaded_at"));
    }

    /** @param districtMembers the keys of the municipalities of the district filter, or null for no such filter */
    Page<AgreementSummary> list(Connection c, CurrentUser user, AgreementQuery q, java.util.Collection<String> districtMembers,
                                PageRequest page) throws SQLException {
        Where where = visibleTo(user).eq("a.municipality", q.municipality()).eq("a.status", q.status())
                .conditionIf(q.year(), "EXTRACT(YEAR FROM a.signed_on) = ?");
        if (districtMembers != null) {
            where.in("a.municipality", districtMembers);
        }
        if (q.party() != null && !q.party().isBlank()) {
            where.condition("EXISTS (SELECT 1 FROM agreements_party p WHERE p.agreement_id = a.id"
                    + " AND LOWER(p.organisation) LIKE ?)", "%" + q.party().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return Sql.page(c, "a.id, a.municipality, a.subject, a.status, a.signed_on, a.version,"
                        + " (SELECT COUNT(*) FROM agreements_party p WHERE p.agreement_id = a.id) AS parties",
                "agreements_agreement a", where, "a.created_at DESC, a.id", page,
                rs -> new AgreementSummary(Sql.uuid(rs, "id"), rs.getString("municipality"), rs.getString("subject"),
                        AgreementStatus.valueOf(rs.getString("status")), Sql.date(rs, "signed_on"),
                        rs.getInt("parties"), rs.getInt("version")));
    }

    /** Which agreements a user sees: all (LPR, viewer), its municipalities' own, or (police) those with a police party. */
    static Where visibleTo(CurrentUser user) {
        Where where = new Where();
        if (user.seesAll()) {
            return where;
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!user.municipalities().isEmpty()) {
            conditions.add("a.municipality IN (" + String.join(", ",
                    java.util.Collections.nCopies(user.municipalities().size(), "?")) + ")");
            params.addAll(user.municipalities());
        }
        if (user.isPolice()) {
            conditions.add("EXISTS (SELECT 1 FROM agreements_party pp WHERE pp.agreement_id = a.id AND pp.type = 'POLICE')");
        }
        return conditions.isEmpty() ? where.condition("1 = 0")
                : where.condition("(" + String.join(" OR ", conditions) + ")", params.toArray());
    }

    /** A municipality that was advised or signed in a year: the raw facts behind the statistics. */
    record Fact(String municipality, int year) {
    }

    List<Fact> advised(Connection c) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT municipality, EXTRACT(YEAR FROM held_on) FROM agreements_consultation",
                rs -> new Fact(rs.getString(1), rs.getInt(2)));
    }

    List<Fact> signed(Connection c) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT municipality, EXTRACT(YEAR FROM signed_on) FROM agreements_agreement"
                + " WHERE signed_on IS NOT NULL", rs -> new Fact(rs.getString(1), rs.getInt(2)));
    }
}
