package ru.mcu.cases;

import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * The port every surface that shows or changes cases asks (the API, the pages, exports): may
 * the current user read this case, change it, see its citizen's personal data; which cases
 * may he list; may he file into a channel. Implemented once, by the security module, from the
 * user's groups; docs/security.md has the rules.
 */
public interface CaseAccess {

    /** The cases the current user may read. */
    Scope scope();

    /** Whether the current user may read the case; a case he may not read is answered as not found. */
    default boolean canRead(Case c) {
        return scope().includes(c);
    }

    /** Whether the current user may act on the case (link, convert, rate on the author's behalf). */
    boolean canChange(Case c);

    /** Whether the current user handles the case and may see its citizen's name, addresses and phone. */
    default boolean canSeePersonalData(Case c) {
        return personalDataScope().includes(c);
    }

    /**
     * The cases whose citizen's data the current user may see: the same rule as
     * {@link #canSeePersonalData(Case)}, as a set a query can filter on (a search by the
     * citizen's name must not find cases whose citizen the user may not see).
     */
    Scope personalDataScope();

    /** Whether the current user may file a new case arriving through {@code channel}. */
    boolean canFile(Channel channel);

    /** Records in the audit log that the current user was shown the case's personal data on {@code surface}. */
    void personalDataShown(Case c, String surface);

    /**
     * A set of cases: all of them, or those of some departments once handed to them (a case the
     * routing table gave a department but the registrar has not registered yet is not the
     * department's yet).
     */
    record Scope(boolean all, Set<String> departments) {

        public static Scope everything() {
            return new Scope(true, Set.of());
        }

        public static Scope nothing() {
            return new Scope(false, Set.of());
        }

        public static Scope ofDepartments(Set<String> departments) {
            return new Scope(false, Set.copyOf(departments));
        }

        public boolean includes(Case c) {
            return all || (c.getDepartmentCode() != null && departments.contains(c.getDepartmentCode())
                    && c.getStatus() != CaseStatus.RECEIVED);
        }

        /**
         * The same rule as {@link #includes(Case)} as an SQL condition over the table
         * {@code cases} aliased {@code alias}, its departments bound as {@code :scopeDepartments}.
         */
        public String sql(String alias) {
            return sql(alias, "scopeDepartments");
        }

        /** The same, its departments bound as {@code :<parameter>} (for two scopes in one query). */
        public String sql(String alias, String parameter) {
            if (all) {
                return "true";
            }
            if (departments.isEmpty()) {
                return "false";
            }
            return alias + ".department_code in (:" + parameter + ") and " + alias + ".status <> '" + CaseStatus.RECEIVED.name() + "'";
        }

        /** The same rule as {@link #includes(Case)}, for a query. */
        public Specification<Case> asSpecification() {
            return (root, query, cb) -> {
                if (all) {
                    return cb.conjunction();
                }
                if (departments.isEmpty()) {
                    return cb.disjunction();
                }
                return cb.and(root.get("departmentCode").in(departments), cb.notEqual(root.get("status"), CaseStatus.RECEIVED));
            };
        }
    }
}
