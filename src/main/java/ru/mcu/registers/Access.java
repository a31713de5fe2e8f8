package ru.mcu.registers;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import ru.mcu.directory.StaffGroups;

/**
 * Who works with the registers: the head of the МЦУ, the ПОС and «Инцидент Менеджмент»
 * coordinators and administrators change them; the curator reads them. The paths themselves are
 * closed to everyone else in {@code ru.mcu.security.SecurityConfiguration}.
 */
final class Access {

    /** For {@code @PreAuthorize} of every change. */
    static final String EDITORS = "hasAnyAuthority('GROUP_" + StaffGroups.MCU_HEADS + "', 'GROUP_" + StaffGroups.POS_COORDINATORS
            + "', 'GROUP_" + StaffGroups.IM_COORDINATORS + "', 'GROUP_" + StaffGroups.ADMINS + "')";

    private static final Set<String> EDITOR_GROUPS = Set.of("GROUP_" + StaffGroups.MCU_HEADS, "GROUP_" + StaffGroups.POS_COORDINATORS,
            "GROUP_" + StaffGroups.IM_COORDINATORS, "GROUP_" + StaffGroups.ADMINS);

    private Access() {
    }

    /** Whether the user may change the registers (the pages show him the forms). */
    static boolean mayEdit(Authentication user) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(EDITOR_GROUPS::contains);
    }
}
