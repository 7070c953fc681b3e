package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.Sector;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of council members. */
public class MemberStore {

    private static final String COLUMNS = "id, council_id, name, organisation, function, sector, voting, steering, "
            + "member_since, member_until, version";

    public void insert(Connection c, Member m) throws SQLException {
        Sql.update(c, "INSERT INTO councils_member (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.councilId(), m.name(), m.organisation(), m.function(), m.sector(), m.voting(),
                m.steeringGroup(), m.memberSince(), m.memberUntil(), m.version());
    }

    public void update(Connection c, Member m, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Member", m.id(), "UPDATE councils_member SET name = ?, organisation = ?, function = ?, "
                        + "sector = ?, voting = ?, steering = ?, member_since = ?, member_until = ?, version = ? "
                        + "WHERE id = ? AND version = ?",
                m.name(), m.organisation(), m.function(), m.sector(), m.voting(), m.steeringGroup(), m.memberSince(),
                m.memberUntil(), m.version(), m.id(), expectedVersion);
    }

    public Optional<Member> find(Connection c, String councilId, String memberId) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM councils_member WHERE council_id = ? AND id = ?",
                MemberStore::map, councilId, memberId);
    }

    /** Members on the given day, or all members ever when {@code at} is null. */
    public List<Member> list(Connection c, String councilId, LocalDate at) throws SQLException {
        if (at == null) {
            return Sql.query(c, "SELECT " + COLUMNS + " FROM councils_member WHERE council_id = ? "
                    + "ORDER BY sector, name, id", MemberStore::map, councilId);
        }
        return Sql.query(c, "SELECT " + COLUMNS + " FROM councils_member WHERE council_id = ? AND member_since <= ? "
                + "AND (member_until IS NULL OR member_until >= ?) ORDER BY sector, name, id",
                MemberStore::map, councilId, at, at);
    }

    private static Member map(ResultSet rs) throws SQLException {
        return new Member(rs.getString("id"), rs.getString("council_id"), rs.getString("name"),
                rs.getString("organisation"), rs.getString("function"), Sql.enumValue(rs, "sector", Sector.class),
                rs.getBoolean("voting"), rs.getBoolean("steering"), Sql.date(rs, "member_since"),
                Sql.date(rs, "member_until"), rs.getInt("version"));
    }
}
