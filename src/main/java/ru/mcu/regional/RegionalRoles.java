package ru.mcu.regional;

import ru.mcu.directory.StaffGroups;

/** Who keeps the register of the ЦУР's requests: the head of the МЦУ, the coordinators, administrators. */
public final class RegionalRoles {

    /** The rule of the register's page and API, for {@code @PreAuthorize}. */
    public static final String REGISTER = "hasAnyAuthority('GROUP_" + StaffGroups.MCU_HEADS + "', 'GROUP_" + StaffGroups.POS_COORDINATORS
            + "', 'GROUP_" + StaffGroups.IM_COORDINATORS + "', 'GROUP_" + StaffGroups.ADMINS + "')";

    private RegionalRoles() {
    }
}
