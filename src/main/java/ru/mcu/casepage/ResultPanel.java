package ru.mcu.casepage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.mcu.cases.Case;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.StaffContacts;
import ru.mcu.directory.StaffGroups;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.security.Roles;

/**
 * What the case page shows of the result type (ССТУ.РФ) and the additional control, and
 * whether the user may confirm the promised works were done: the clerks and the block head of
 * the case's department, and the head of the МЦУ.
 *
 * @param type          «Поддержано, в т.ч. меры приняты», null when the appeal has none yet
 * @param automatic     the type came from the outcome (ст. 11, forwarding)
 * @param controlUntil  the control day, null when the answer was never on control
 * @param onControl     on additional control now
 * @param controlDue    the control day has come and the works are not confirmed
 * @param mayClose      the user may confirm the works were done
 */
record ResultPanel(String type, boolean automatic, String controlUntil, boolean onControl, boolean controlDue,
                   String closedAt, String closedBy, String closingNote, boolean mayClose) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static ResultPanel of(Case c, Roles roles, StaffContacts staff, java.time.Instant now) {
        boolean onControl = c.isOnControl();
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        return new ResultPanel(c.getResultType() == null ? null : c.getResultType().title(), c.isResultTypeAutomatic(),
                c.getControl().getUntil() == null ? null : DAY.format(c.getControl().getUntil()), onControl,
                onControl && !today.isBefore(c.getControl().getUntil()),
                CaseFiles.at(c.getControl().getClosedAt()), c.getControl().getClosedBy() == null ? null : staff.nameOf(c.getControl().getClosedBy()),
                c.getControl().getClosingNote(), onControl && mayClose(c, roles));
    }

    /** The clerks and block head of the case's department, and the head of the МЦУ. */
    static boolean mayClose(Case c, Roles roles) {
        String department = c.getDepartmentCode();
        return roles.has(StaffGroups.MCU_HEADS) || department != null
                && (roles.has(DepartmentGroups.membersGroup(department)) || roles.has(DepartmentGroups.headsGroup(department)));
    }

    /** Whether there is anything to show. */
    public boolean shown() {
        return type != null || controlUntil != null;
    }
}
