package ru.mcu.outbound;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Outbound deliveries, for reading; state changes go through {@link DeliveryQueue}. */
interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    List<Delivery> findByCaseNumberOrderById(String caseNumber);

    List<Delivery> findByAdapterInAndStatusInOrderById(Collection<Adapter> adapters, Collection<DeliveryStatus> statuses, Pageable page);

    List<Delivery> findByAdapterInAndStatusInOrderByIdDesc(Collection<Adapter> adapters, Collection<DeliveryStatus> statuses, Pageable page);

    long countByAdapterInAndStatus(Collection<Adapter> adapters, DeliveryStatus status);
}
