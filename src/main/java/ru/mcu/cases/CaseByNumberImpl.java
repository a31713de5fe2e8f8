package ru.mcu.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.Session;

/**
 * {@link CaseByNumber} through Hibernate's natural-id resolution, which consults the session
 * first. The number is resolved to the id (one small select when the session does not know it
 * yet) and the case is then loaded by id. Hibernate's loading by natural id builds the whole
 * select of the case — every column, both secondary tables — anew on each call, a tenth of the
 * JVM's time in a storm of escalations, while the load by id reuses a prepared plan
 * (docs/performance.md, "The storm, cut").
 */
class CaseByNumberImpl implements CaseByNumber {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Case> findByNumber(String number) {
        Case reference = entityManager.unwrap(Session.class).bySimpleNaturalId(Case.class).getReference(number);
        return Optional.ofNullable(reference == null ? null : Hibernate.unproxy(reference, Case.class));
    }
}
