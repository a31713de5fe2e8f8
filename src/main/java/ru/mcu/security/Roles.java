package ru.mcu.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.StaffGroups;

/**
 * What a caller is, read from his authorities: staff carry their engine groups as
 * {@code GROUP_<id>} and the webapps they may open as {@code APP_<app>}, an integration's
 * token carries {@code CHANNEL_<channel>}.
 */
public record Roles(Set<String> groups, String tokenChannel) {

    public static final String GROUP = "GROUP_";
    public static final String CHANNEL = "CHANNEL_";
    /** A webapp the engine lets the user open: {@code APP_tasklist}, {@code APP_cockpit}, {@code APP_admin}. */
    public static final String APP = "APP_";
    /** An engine tenant the user belongs to, himself or through a group: {@code TENANT_<id>}. */
    public static final String TENANT = "TENANT_";

    /** The МЦУ's groups that see and route every case. */
    static final Set<String> MCU_STAFF = Set.of(StaffGroups.MCU_HEADS, StaffGroups.MCU_REGISTRARS,
            StaffGroups.POS_COORDINATORS, StaffGroups.IM_COORDINATORS, StaffGroups.ADMINS);

    public static Roles of(Authentication authentication) {
        Set<String> groups = new TreeSet<>();
        String channel = null;
        if (authentication != null && authentication.isAuthenticated()) {
            Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
            for (GrantedAuthority a : authorities) {
                String name = a.getAuthority();
                if (name.startsWith(GROUP)) {
                    groups.add(name.substring(GROUP.length()));
                } else if (name.startsWith(CHANNEL)) {
                    channel = name.substring(CHANNEL.length());
                }
            }
        }
        return new Roles(Set.copyOf(groups), channel);
    }

    public boolean isToken() {
        return tokenChannel != null;
    }

    /** Head, registrar or coordinator of the МЦУ, or an administrator. */
    public boolean isMcuStaff() {
        return groups.stream().anyMatch(MCU_STAFF::contains);
    }

    public boolean isCurator() {
        return groups.contains(StaffGroups.CURATORS);
    }

    public boolean has(String group) {
        return groups.contains(group);
    }

    /** The departments whose groups ({@code dept-<code>}, {@code dept-<code>-heads}) the caller is in. */
    public Set<String> departments() {
        Set<String> departments = new TreeSet<>();
        for (String g : groups) {
            String department = departmentOf(g);
            if (department != null) {
                departments.add(department);
            }
        }
        return departments;
    }

    /** The department of a group {@code dept-<code>} or {@code dept-<code>-heads}, else null. */
    public static String departmentOf(String groupId) {
        if (groupId == null || !groupId.startsWith(DepartmentGroups.PREFIX)) {
            return null;
        }
        String code = groupId.substring(DepartmentGroups.PREFIX.length());
        return code.endsWith(DepartmentGroups.HEADS_SUFFIX)
                ? code.substring(0, code.length() - DepartmentGroups.HEADS_SUFFIX.length()) : code;
    }
}
