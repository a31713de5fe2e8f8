package ru.mcu.calendar;

import ru.mcu.directory.StaffGroups;

/**
 * The rule for administrator-only API calls (writes to the calendar and the deadline policies):
 * the caller is in the Camunda group {@code camunda-admin}. Used with {@code @PreAuthorize}.
 */
public final class AdminOnly {

    /** A {@code @PreAuthorize} expression. */
    public static final String EXPRESSION = "hasAuthority('GROUP_" + StaffGroups.ADMINS + "')";

    private AdminOnly() {
    }
}
