package ru.mcu.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Channel;
import ru.mcu.directory.Directory;

/**
 * Enqueues the answer of a case for its platform, in the transaction of the process step that
 * gives it: nothing waits on HTTP there, and the answer is never lost once the step committed.
 * The JSON body is built now, so every attempt sends the same bytes; the contract is in
 * {@code docs/integration.md}. Without an endpoint the answer waits for placement by hand.
 */
@Service
public class OutboundAnswers {

    private final CaseQueries cases;
    private final DeliveryQueue queue;
    private final Directory directory;
    private final ObjectMapper json;

    OutboundAnswers(CaseQueries cases, DeliveryQueue queue, Directory directory, ObjectMapper json) {
        this.cases = cases;
        this.queue = queue;
        this.directory = directory;
        this.json = json;
    }

    /**
     * The approved answer to a ПОС message; one per round (a rework after a low rating gives a
     * new answer, with a new key).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void posAnswer(String number) {
        Case c = require(number, Channel.POS);
        int round = c.getPos().getReworkCount() + 1;
        Map<String, Object> body = common(c, "pos:" + c.getNumber() + ":answer:" + round);
        body.put("messageId", c.getExternalId());
        body.put("outcome", "answered");
        body.put("round", round);
        body.put("category", c.getPos().getCategory());
        body.put("subcategory", c.getPos().getSubcategory());
        body.put("answer", c.getAnswerText());
        body.put("answeredAt", iso(c.getAnsweredAt()));
        enqueue(Adapter.POS, c, body);
    }

    /**
     * The approved interim answer «запланировано» to a ПОС message (seasonal works): the date the
     * works are planned for, and the text; the final answer follows after the date as a new round.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void posPlanned(String number) {
        Case c = require(number, Channel.POS);
        int round = c.getPos().getReworkCount() + 1;
        Map<String, Object> body = common(c, "pos:" + c.getNumber() + ":planned:" + c.getPos().getPlannedFor());
        body.put("messageId", c.getExternalId());
        body.put("outcome", "planned");
        body.put("round", round);
        body.put("category", c.getPos().getCategory());
        body.put("subcategory", c.getPos().getSubcategory());
        body.put("plannedDate", c.getPos().getPlannedFor() == null ? null : c.getPos().getPlannedFor().toString());
        body.put("answer", c.getAnswerText());
        body.put("answeredAt", iso(c.getPos().getPlannedAnsweredAt()));
        enqueue(Adapter.POS, c, body);
    }

    /**
     * A ПОС message outside municipal competence, redirected at moderation: the platform is told
     * the competent organisation by name ({@code redirectedTo}), with the explanation for the author.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void posRedirect(String number) {
        Case c = require(number, Channel.POS);
        Map<String, Object> body = common(c, "pos:" + c.getNumber() + ":redirect");
        body.put("messageId", c.getExternalId());
        body.put("outcome", "redirected");
        body.put("category", c.getPos().getCategory());
        body.put("subcategory", c.getPos().getSubcategory());
        body.put("redirectedTo", c.getForwardedTo());
        body.put("answer", "Вопрос, изложенный в сообщении, не относится к ведению администрации города Южно-Сахалинска. "
                + "Сообщение перенаправлено по компетенции: " + c.getForwardedTo() + ".");
        body.put("answeredAt", iso(c.getClosedAt()));
        enqueue(Adapter.POS, c, body);
    }

    /** The full reply to an incident, to be posted under the publication. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void incidentReply(String number) {
        Case c = require(number, Channel.INCIDENT);
        Map<String, Object> body = common(c, "incident:" + c.getNumber() + ":reply");
        body.put("incidentId", c.getExternalId());
        body.put("sourceNetwork", c.getIncident().getSourceNetwork());
        body.put("sourceUrl", c.getIncident().getSourceUrl());
        body.put("stage", "final");
        body.put("reply", c.getAnswerText());
        body.put("answeredAt", iso(c.getAnsweredAt()));
        enqueue(Adapter.INCIDENT, c, body);
    }

    /**
     * The department's interim reply to an incident (what will be done and when), to be posted
     * under the publication as well; the case keeps its text in the history only, so it is given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void incidentInterimReply(String number, String text) {
        Case c = require(number, Channel.INCIDENT);
        Map<String, Object> body = common(c, "incident:" + c.getNumber() + ":interim");
        body.put("incidentId", c.getExternalId());
        body.put("sourceNetwork", c.getIncident().getSourceNetwork());
        body.put("sourceUrl", c.getIncident().getSourceUrl());
        body.put("stage", "interim");
        body.put("reply", text == null ? null : text.strip());
        body.put("answeredAt", iso(c.getIncident().getInterimAnsweredAt()));
        queue.enqueue(new DeliveryQueue.NewDelivery((String) body.get("deliveryKey"), Adapter.INCIDENT, c.getNumber(),
                "Промежуточный ответ под публикацией " + c.getNumber(), (String) body.get("reply"), write(body)));
    }

    /** The answer to a 59-ФЗ appeal that came through ЕПГУ (ст. 10 ч. 4: answered the way it came). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void epguAnswer(String number) {
        Case c = require(number, Channel.EPGU);
        Map<String, Object> body = common(c, "epgu:" + c.getNumber() + ":answer");
        body.put("appealId", c.getExternalId());
        body.put("registeredAt", iso(c.getRegisteredAt()));
        body.put("resultType", c.getResultType() == null ? null : c.getResultType().name());
        body.put("answer", c.getAnswerText());
        body.put("answeredAt", iso(c.getAnsweredAt()));
        enqueue(Adapter.EPGU, c, body);
    }

    private Case require(String number, Channel channel) {
        Case c = cases.get(number);
        if (c.getChannel() != channel) {
            throw new IllegalArgumentException(number + " is not a " + channel + " case");
        }
        return c;
    }

    private Map<String, Object> common(Case c, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryKey", key);
        body.put("caseNumber", c.getNumber());
        body.put("department", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        return body;
    }

    private void enqueue(Adapter adapter, Case c, Map<String, Object> body) {
        String text = (String) body.getOrDefault("answer", body.get("reply"));
        queue.enqueue(new DeliveryQueue.NewDelivery((String) body.get("deliveryKey"), adapter, c.getNumber(),
                adapter.kind() + " " + c.getNumber(), text, write(body)));
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbound body not written", e);
        }
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
