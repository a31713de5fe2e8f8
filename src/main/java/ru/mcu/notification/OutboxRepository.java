package ru.mcu.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Outbox messages. */
public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByCaseNumberOrderById(String caseNumber);

    List<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

    long countByStatus(OutboxStatus status);
}
