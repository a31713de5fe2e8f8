package ru.mcu.directory;

/**
 * Names of the Camunda groups derived from a department code. The BPMN models use the same
 * convention in their candidate groups ({@code dept-${department}}), so it must not change.
 */
public final class DepartmentGroups {

    public static final String PREFIX = "dept-";
    public static final String HEADS_SUFFIX = "-heads";

    private DepartmentGroups() {
    }

    /** Clerks and the block head of a department: they see and work its cases. */
    public static String membersGroup(String departmentCode) {
        return PREFIX + departmentCode;
    }

    /** The block head(s) of a department: they approve answers and receive escalations. */
    public static String headsGroup(String departmentCode) {
        return PREFIX + departmentCode + HEADS_SUFFIX;
    }

    /** The department whose members' or heads' group this is; empty for any other group. */
    public static java.util.Optional<String> departmentOf(String group) {
        if (group == null || !group.startsWith(PREFIX) || group.length() == PREFIX.length()) {
            return java.util.Optional.empty();
        }
        String code = group.substring(PREFIX.length());
        return java.util.Optional.of(code.endsWith(HEADS_SUFFIX) ? code.substring(0, code.length() - HEADS_SUFFIX.length()) : code);
    }
}
