package ru.mcu.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Cases in PostgreSQL. */
public interface CaseRepository extends JpaRepository<Case, Long>, JpaSpecificationExecutor<Case> {

    Optional<Case> findByNumber(String number);

    Optional<Case> findByChannelAndExternalId(Channel channel, String externalId);

    java.util.List<Case> findByMainCaseIdAndStatusNot(Long mainCaseId, CaseStatus status);
}
