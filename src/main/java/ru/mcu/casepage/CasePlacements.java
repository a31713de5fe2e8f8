package ru.mcu.casepage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.outbound.Delivery;
import ru.mcu.outbound.OutboundDeliveries;
import ru.mcu.platform.time.LocalZone;

/**
 * The case page's block «Размещение ответа»: where the answer went out to the platform the case
 * came from (ПОС, the social network, ЕПГУ), its state, and the link it is published under.
 */
@Component
class CasePlacements {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final OutboundDeliveries deliveries;

    CasePlacements(OutboundDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * One delivery of the case's answer.
     *
     * @param state «отправлено 18.11.2026 10:05», «разместить вручную»…
     * @param link  where it is published, null when not known
     */
    record Row(String platform, String kind, String state, String status, String link) {
    }

    List<Row> of(Case c) {
        return deliveries.ofCase(c.getNumber()).stream().map(CasePlacements::row).toList();
    }

    private static Row row(Delivery d) {
        Instant when = d.getPublishedAt() != null ? d.getPublishedAt() : d.getSentAt();
        String state = d.getStatus().title() + (when == null ? "" : " " + WHEN.format(when.atZone(LocalZone.ZONE)));
        // the title without the case's number: «Промежуточный ответ под публикацией»
        String kind = d.getCaseNumber() != null && d.getTitle().endsWith(" " + d.getCaseNumber())
                ? d.getTitle().substring(0, d.getTitle().length() - d.getCaseNumber().length() - 1) : d.getTitle();
        return new Row(d.getAdapter().title(), kind, state, d.getStatus().name(), d.getPublishedUrl());
    }
}
