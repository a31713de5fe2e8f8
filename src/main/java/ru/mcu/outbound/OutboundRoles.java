package ru.mcu.outbound;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import ru.mcu.directory.StaffGroups;

/**
 * Who works the outbound page and API: the ПОС coordinator (answers to ПОС), the «Инцидент
 * Менеджмент» coordinator (replies to incidents), the МЦУ's registrars and head (everything).
 */
final class OutboundRoles {

    /** The rule of the page and API, for {@code @PreAuthorize}. */
    static final String PAGE = "hasAnyAuthority('GROUP_" + StaffGroups.MCU_REGISTRARS + "', 'GROUP_" + StaffGroups.MCU_HEADS
            + "', 'GROUP_" + StaffGroups.POS_COORDINATORS + "', 'GROUP_" + StaffGroups.IM_COORDINATORS + "')";

    private OutboundRoles() {
    }

    /** The adapters whose deliveries this user sees and handles. */
    static Set<Adapter> adaptersOf(Authentication user) {
        Set<String> groups = Set.copyOf(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        if (groups.contains("GROUP_" + StaffGroups.MCU_REGISTRARS) || groups.contains("GROUP_" + StaffGroups.MCU_HEADS)) {
            return EnumSet.allOf(Adapter.class);
        }
        Set<Adapter> adapters = EnumSet.noneOf(Adapter.class);
        if (groups.contains("GROUP_" + StaffGroups.POS_COORDINATORS)) {
            adapters.add(Adapter.POS);
        }
        if (groups.contains("GROUP_" + StaffGroups.IM_COORDINATORS)) {
            adapters.add(Adapter.INCIDENT);
        }
        return adapters;
    }
}
