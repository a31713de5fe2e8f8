package ru.mcu.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.Channel;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.directory.StaffGroups;
import ru.mcu.security.audit.AuditLog;

/**
 * Who sees and changes what, for the current caller (docs/security.md):
 * <ul>
 *   <li>head, registrars and coordinators of the МЦУ and administrators: every case, its
 *       citizen's data, any change;</li>
 *   <li>clerks and block heads: their department's cases once registered, with the citizen's
 *       data; changes to those;</li>
 *   <li>the curator: every case without the citizen's data, no change;</li>
 *   <li>an integration's token: no case; filing into its own channel only.</li>
 * </ul>
 * Filing: the МЦУ's staff and administrators into every channel, a token into its channel.
 */
@Component
class CaseAccessPolicy implements CaseAccess {

    private final AuditLog audit;

    CaseAccessPolicy(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Scope scope() {
        Roles roles = roles();
        if (roles.isToken()) {
            return Scope.nothing();
        }
        // a routing manager reads the cases a dry run names, without personal data, like the curator
        if (roles.isMcuStaff() || roles.isCurator() || roles.has(StaffGroups.ROUTING_MANAGERS)) {
            return Scope.everything();
        }
        return Scope.ofDepartments(roles.departments());
    }

    @Override
    public boolean canChange(Case c) {
        Roles roles = roles();
        if (roles.isToken()) {
            return false;
        }
        return roles.isMcuStaff() || scope().includes(c) && !roles.departments().isEmpty();
    }

    /** Those who may change a case see its citizen: the МЦУ's staff every case, a department its own. */
    @Override
    public Scope personalDataScope() {
        Roles roles = roles();
        if (roles.isToken()) {
            return Scope.nothing();
        }
        if (roles.isMcuStaff()) {
            return Scope.everything();
        }
        return Scope.ofDepartments(roles.departments());
    }

    @Override
    public boolean canSeePersonalData(Case c) {
        return personalDataScope().includes(c);
    }

    @Override
    public boolean canFile(Channel channel) {
        Roles roles = roles();
        if (roles.isToken()) {
            return channel.name().equals(roles.tokenChannel());
        }
        return roles.isMcuStaff();
    }

    @Override
    public void personalDataShown(Case c, String surface) {
        audit.record(actor(), AuditAction.PERSONAL_DATA_READ, surface, c.getNumber(), null);
    }

    private static Roles roles() {
        return Roles.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
