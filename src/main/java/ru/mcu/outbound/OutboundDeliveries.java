package ru.mcu.outbound;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Reading outbound deliveries (the page, the API, the case page) and the two things a person
 * does with them: place an answer by hand with its link, put a refused or failed delivery back
 * in line.
 */
@Service
public class OutboundDeliveries {

    static final Set<DeliveryStatus> TO_PLACE = EnumSet.of(DeliveryStatus.MANUAL, DeliveryStatus.REFUSED, DeliveryStatus.FAILED);
    static final Set<DeliveryStatus> AUTOMATIC = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.SENT, DeliveryStatus.REFUSED,
            DeliveryStatus.FAILED);

    private final DeliveryRepository deliveries;
    private final Placements placements;
    private final OutboundWorker worker;
    private final DeliveryQueue queue;

    OutboundDeliveries(DeliveryRepository deliveries, Placements placements, OutboundWorker worker, DeliveryQueue queue) {
        this.deliveries = deliveries;
        this.placements = placements;
        this.worker = worker;
        this.queue = queue;
    }

    /**
     * For the anonymisation of a case closed long ago ({@code ru.mcu.security.retention.Retention}),
     * in the caller's transaction: the case's deliveries lose their text, payload and link.
     */
    public void eraseOf(String caseNumber, String marker) {
        queue.eraseOf(caseNumber, marker);
    }

    /** The deliveries of one case, oldest first. */
    public List<Delivery> ofCase(String caseNumber) {
        return deliveries.findByCaseNumberOrderById(caseNumber);
    }

    /** Answers a person may place by hand (waiting, or refused or failed), oldest first. */
    List<Delivery> toPlace(Set<Adapter> adapters, int limit) {
        Set<Adapter> answers = answersAmong(adapters);
        return answers.isEmpty() ? List.of() : deliveries.findByAdapterInAndStatusInOrderById(answers, TO_PLACE, PageRequest.of(0, limit));
    }

    /** Deliveries in the given states, newest first. */
    List<Delivery> latest(Set<Adapter> adapters, Set<DeliveryStatus> statuses, int limit) {
        return adapters.isEmpty() ? List.of()
                : deliveries.findByAdapterInAndStatusInOrderByIdDesc(adapters, statuses, PageRequest.of(0, limit));
    }

    /** How many answers wait for a person: to be placed by hand, or refused, or failed. */
    long countToPlace(Set<Adapter> adapters) {
        Set<Adapter> answers = answersAmong(adapters);
        return TO_PLACE.stream().mapToLong(status -> count(answers, status)).sum();
    }

    long count(Set<Adapter> adapters, DeliveryStatus status) {
        return adapters.isEmpty() ? 0 : deliveries.countByAdapterInAndStatus(adapters, status);
    }

    /** One delivery the user handles. */
    Delivery get(long id, Set<Adapter> adapters) {
        return deliveries.findById(id).filter(d -> adapters.contains(d.getAdapter()))
                .orElseThrow(() -> new DeliveryNotFoundException(id));
    }

    /**
     * Records the answer placed by hand under {@code url} (validated: 400 naming {@code url});
     * the link goes into the case's history.
     */
    Delivery publish(long id, String url, String actor, Set<Adapter> adapters) {
        Delivery d = get(id, adapters);
        String link = PublishedLink.parse(url);
        if (!d.getAdapter().isAnswer() || !d.getStatus().placeableByHand() || !placements.publishedByHand(d, link, actor)) {
            throw new DeliveryStateException(deliveries.findById(id).map(Delivery::getStatus).orElse(d.getStatus()));
        }
        return deliveries.findById(id).orElseThrow(() -> new DeliveryNotFoundException(id));
    }

    /** A refused or failed delivery back in line, with the same key. */
    Delivery retry(long id, Set<Adapter> adapters) {
        Delivery d = get(id, adapters);
        if (!worker.retry(id)) {
            throw new DeliveryStateException(d.getStatus());
        }
        return deliveries.findById(id).orElseThrow(() -> new DeliveryNotFoundException(id));
    }

    private static Set<Adapter> answersAmong(Set<Adapter> adapters) {
        Set<Adapter> answers = EnumSet.noneOf(Adapter.class);
        adapters.stream().filter(Adapter::isAnswer).forEach(answers::add);
        return answers;
    }
}
