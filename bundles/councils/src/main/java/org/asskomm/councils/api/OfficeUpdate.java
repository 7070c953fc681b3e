package org.asskomm.councils.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Who staffs the office, for how many hours a week, and when it is planned; {@code version} as read. */
public record OfficeUpdate(LocalDate plannedOn, BigDecimal hoursPerWeek, List<OfficeStaff> staff, Integer version) {
}
