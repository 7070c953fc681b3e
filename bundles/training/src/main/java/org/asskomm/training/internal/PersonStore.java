package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.PersonRequest;
import org.asskomm.training.api.Qualification;
import org.asskomm.training.api.Sector;

/** SQL for participants and their qualifications. */
final class PersonStore {

    static final String ANONYMISED = "anonymised";

    void insert(Connection c, String id, PersonRequest r) throws SQLException {
        Sql.update(c, "INSERT INTO training_person (id, municipality, first_name, last_name, email, organisation, sector,"
                        + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, r.municipality(), r.firstName(), r.lastName(), r.email(), r.organisation(), r.sector(),
                Instant.now());
        replaceQualifications(c, id, r.qualifications());
    }

    /** The person's keys under the row lock: what the pipeline audits (never names, see {@link PersonKeys}). */
    Optional<PersonKeys> lockKeys(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT id, municipality, sector, anonymised_at, version FROM training_person"
                        + " WHERE id = ? FOR UPDATE",
                rs -> new PersonKeys(rs.getString("id"), rs.getString("municipality"),
                        Sql.enumValue(rs, "sector", Sector.class), Sql.instant(rs, "anonymised_at") != null,
                        rs.getInt("version")), id);
    }

    void update(Connection c, String id, PersonRequest r) throws SQLException {
        Sql.updateVersioned(c, "Person", id, "UPDATE training_person SET first_name = ?, last_name = ?, email = ?,"
                        + " organisation = ?, sector = ?, version = version + 1 WHERE id = ? AND version = ?",
                r.firstName(), r.lastName(), r.email(), r.organisation(), r.sector(), id, r.version());
        replaceQualifications(c, id, r.qualifications());
    }

    /** Replaces every personal field; municipality and sector stay for the statistics. */
    void anonymise(Connection c, String id) throws SQLException {
        Sql.update(c, "UPDATE training_person SET first_name = ?, last_name = ?, email = NULL, organisation = NULL,"
                + " anonymised_at = ?, version = version + 1 WHERE id = ?", ANONYMISED, ANONYMISED, Instant.now(), id);
        replaceQualifications(c, id, Set.of());
    }

    /** People not yet anonymised with no open enrolment and nothing created, applied, decided or completed since. */
    List<String> inactiveSince(Connection c, Instant cutoff) throws SQLException {
        return Sql.query(c, "SELECT p.id FROM training_person p WHERE p.anonymised_at IS NULL AND p.created_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM training_enrolment e WHERE e.person_id = p.id AND"
                + " (e.status IN ('ADMITTED', 'WAITLISTED', 'ENROLLED') OR e.applied_at >= ? OR e.decided_at >= ?"
                + " OR e.completed_on >= ?)) ORDER BY p.id", rs -> rs.getString(1), cutoff, cutoff, cutoff,
                java.time.LocalDate.ofInstant(cutoff, java.time.ZoneOffset.UTC));
    }

    private void replaceQualifications(Connection c, String id, Set<Qualification> qualifications) throws SQLException {
        Sql.update(c, "DELETE FROM training_person_qualification WHERE person_id = ?", id);
        for (Qualification q : qualifications == null ? Set.<Qualification>of() : qualifications) {
            Sql.update(c, "INSERT INTO training_person_qualification (person_id, qualification) VALUES (?, ?)", id, q);
        }
    }

    Optional<Person> find(Connection c, String id) throws SQLException {
        Optional<Person> bare = Sql.queryOne(c, "SELECT * FROM training_person WHERE id = ?", PersonStore::bare, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    /** The people of the given municipalities ({@code null}: all). */
    Page<Person> list(Connection c, String municipality, Set<String> visible, PageRequest page) throws SQLException {
        Where where = new Where().eq("municipality", municipality);
        if (visible != null) {
            where.in("municipality", visible);
        }
        Page<Person> bare = Sql.page(c, "*", "training_person", where, "last_name, first_name, id", page,
                PersonStore::bare);
        List<Person> items = new java.util.ArrayList<>();
        for (Person p : bare.items()) {
            items.add(complete(c, p));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    Optional<String> idByName(Connection c, String municipality, String firstName, String lastName) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM training_person WHERE municipality = ? AND first_name = ? AND last_name = ?",
                rs -> rs.getString(1), municipality, firstName, lastName);
    }

    private static Person bare(ResultSet rs) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("municipality"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("organisation"),
                Sql.enumValue(rs, "sector", Sector.class), Set.of(), Sql.instant(rs, "anonymised_at") != null,
                Sql.instant(rs, "created_at"), rs.getInt("version"));
    }

    private Person complete(Connection c, Person p) throws SQLException {
        Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
        qualifications.addAll(Sql.query(c, "SELECT qualification FROM training_person_qualification WHERE person_id = ?",
                rs -> Sql.enumValue(rs, "qualification", Qualification.class), p.id()));
        return new Person(p.id(), p.municipality(), p.firstName(), p.lastName(), p.email(), p.organisation(),
                p.sector(), qualifications, p.anonymised(), p.createdAt(), p.version());
    }
}
