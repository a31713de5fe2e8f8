package ru.mcu.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;

/** {@link CaseByNumber} through Hibernate's natural-id lookup, which consults the session first. */
class CaseByNumberImpl implements CaseByNumber {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Case> findByNumber(String number) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Case.class).loadOptional(number);
    }
}
