package ru.mcu.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Cases in PostgreSQL. The lookups every intake and every process step make are written as
 * JPQL: Hibernate caches the translation of a JPQL string, while the criteria query a derived
 * method builds is translated to SQL anew on every call (a tenth of an intake's CPU). The
 * lookup by number is Hibernate's natural-id lookup ({@link CaseByNumber}).
 */
public interface CaseRepository extends JpaRepository<Case, Long>, JpaSpecificationExecutor<Case>, CaseByNumber {

    @Query("select c from Case c where c.channel = :channel and c.externalId = :externalId")
    Optional<Case> findByChannelAndExternalId(@Param("channel") Channel channel, @Param("externalId") String externalId);

    java.util.List<Case> findByMainCaseIdAndStatusNot(Long mainCaseId, CaseStatus status);

    @Query("select c from Case c where c.mainCaseId = :mainCaseId order by c.receivedAt, c.id")
    java.util.List<Case> findLinkedTo(@Param("mainCaseId") Long mainCaseId);

    @Query("select c from Case c where c.convertedFromId = :sourceId order by c.receivedAt, c.id")
    java.util.List<Case> findConvertedFrom(@Param("sourceId") Long sourceId);
}
