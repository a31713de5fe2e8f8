package ru.mcu.analytics.dashboard;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.mcu.cases.CaseAccess;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.StaffGroups;

/**
 * The landing page {@code /}: the morning dashboard for the head of the МЦУ, the coordinators,
 * the curator and the administrator (every case), and for a block head (the cases of the
 * departments he heads); the sections the user may open below it; for everyone else only the
 * sections, for a visitor «Войти».
 */
@Controller
class HomePageController {

    /** How the security module names a group among a user's authorities ({@code Roles.GROUP}). */
    private static final String GROUP = "GROUP_";
    private static final Set<String> CITY_WIDE = Set.of(StaffGroups.MCU_HEADS, StaffGroups.POS_COORDINATORS,
            StaffGroups.IM_COORDINATORS, StaffGroups.CURATORS, StaffGroups.ADMINS);

    private final DashboardQuery dashboards;
    private final Clock clock;

    HomePageController(DashboardQuery dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        CaseAccess.Scope scope = scopeOf(groupsOf(authentication));
        if (scope != null) {
            model.addAttribute("dashboard", dashboards.build(scope, clock.instant()));
        }
        return "home";
    }

    /** The engine groups of a member of the staff (authorities {@code GROUP_<id>}); none for a visitor or a token. */
    static Set<String> groupsOf(Authentication authentication) {
        Set<String> groups = new TreeSet<>();
        if (authentication != null && authentication.isAuthenticated()) {
            for (GrantedAuthority a : authentication.getAuthorities()) {
                if (a.getAuthority().startsWith(GROUP)) {
                    groups.add(a.getAuthority().substring(GROUP.length()));
                }
            }
        }
        return groups;
    }

    /** Whose cases the dashboard of a member of these groups shows; null when he has none. */
    static CaseAccess.Scope scopeOf(Set<String> groups) {
        if (groups.stream().anyMatch(CITY_WIDE::contains)) {
            return CaseAccess.Scope.everything();
        }
        Set<String> headed = new TreeSet<>();
        for (String group : groups) {
            if (group.startsWith(DepartmentGroups.PREFIX) && group.endsWith(DepartmentGroups.HEADS_SUFFIX)) {
                headed.add(group.substring(DepartmentGroups.PREFIX.length(), group.length() - DepartmentGroups.HEADS_SUFFIX.length()));
            }
        }
        return headed.isEmpty() ? null : CaseAccess.Scope.ofDepartments(headed);
    }
}
