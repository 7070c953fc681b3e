package org.asskomm.councils.api;

/** A person who staffs a coordination office. */
public record OfficeStaff(String name, String function, String contact) {
}
