package org.asskomm.funding.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.asskomm.funding.api.ImpactRequest;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of the indicator measurements: one row per application and indicator. */
final class ImpactStore {

    private ImpactStore() {
    }

    /** Replaces the measurement of the indicator; values left out (null) keep what was recorded. */
    static void put(Connection c, String applicationId, ImpactRequest.Measurement m) throws SQLException {
        ImpactRequest.Measurement before = of(c, applicationId).stream()
                .filter(x -> x.indicator().equals(m.indicator())).findFirst().orElse(null);
        Sql.update(c, "DELETE FROM funding_indicator_value WHERE application_id = ? AND indicator = ?", applicationId,
                m.indicator());
        Sql.update(c, "INSERT INTO funding_indicator_value (application_id, indicator, baseline, follow_up, "
                        + "measured_on, source) VALUES (?, ?, ?, ?, ?, ?)", applicationId, m.indicator(),
                m.baseline() != null || before == null ? m.baseline() : before.baseline(),
                m.followUp() != null || before == null ? m.followUp() : before.followUp(),
                m.measuredOn() != null || before == null ? m.measuredOn() : before.measuredOn(),
                m.source() != null || before == null ? m.source() : before.source());
    }

    static List<ImpactRequest.Measurement> of(Connection c, String applicationId) throws SQLException {
        return Sql.query(c, "SELECT indicator, baseline, follow_up, measured_on, source FROM funding_indicator_value "
                        + "WHERE application_id = ? ORDER BY indicator",
                rs -> new ImpactRequest.Measurement(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        Sql.date(rs, "measured_on"), rs.getString(5)), applicationId);
    }
}
