package ru.mcu.outbound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.CaseCorrespondence;

/**
 * An answer reached its platform: the delivery's state and the case's history change together,
 * in one transaction — sent by the adapter (with the link when the receiver returned one), or
 * placed by hand by an operator with the link he entered.
 */
@Component
class Placements {

    private final DeliveryQueue queue;
    private final CaseCorrespondence correspondence;

    Placements(DeliveryQueue queue, CaseCorrespondence correspondence) {
        this.queue = queue;
        this.correspondence = correspondence;
    }

    /** The receiver answered 2xx. */
    @Transactional
    public void sent(Delivery d, int status, String link) {
        if (queue.markSent(d.getId(), status, link) && d.getCaseNumber() != null) {
            correspondence.recordPlacement(d.getCaseNumber(), "Ответ передан: " + d.getAdapter().title(), link, "system");
        }
    }

    /** An operator placed the answer by hand; returns whether it was waiting for that. */
    @Transactional
    public boolean publishedByHand(Delivery d, String link, String actor) {
        if (!queue.markPublished(d.getId(), link, actor)) {
            return false;
        }
        if (d.getCaseNumber() != null) {
            correspondence.recordPlacement(d.getCaseNumber(), "Ответ размещён вручную: " + d.getAdapter().title(), link, actor);
        }
        return true;
    }
}
