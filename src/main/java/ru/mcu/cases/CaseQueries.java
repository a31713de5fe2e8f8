package ru.mcu.cases;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for the API, the pages and the task forms. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private final CaseRepository cases;

    CaseQueries(CaseRepository cases) {
        this.cases = cases;
    }

    /** The case with its history loaded. */
    public Case get(String number) {
        Case c = cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
        // load the history, suspensions and extensions while the session is open
        c.getEvents().size();
        c.getSuspensions().size();
        c.getExtensions().size();
        return c;
    }

    public Page<Case> search(CaseFilter filter, Pageable page) {
        return cases.findAll(matching(filter), page);
    }

    /** The cases matching the filter among those of {@code scope}, filtered in the query itself. */
    public Page<Case> search(CaseFilter filter, CaseAccess.Scope scope, Pageable page) {
        return cases.findAll(matching(filter).and(scope.asSpecification()), page);
    }

    private static Specification<Case> matching(CaseFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.department() != null) {
                where.add(cb.equal(root.get("departmentCode"), f.department()));
            }
            if (f.rubric() != null) {
                where.add(cb.or(cb.equal(root.get("rubricCode"), f.rubric()),
                        cb.like(root.get("rubricCode"), f.rubric() + ".%")));
            }
            if (f.channel() != null) {
                where.add(cb.equal(root.get("channel"), f.channel()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("receivedAt"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
