package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.Api;
import ru.mcu.support.Json;

/**
 * The outbound adapters against a real HTTP server: an answer is enqueued in the step that
 * gives it and sent after the commit with its token and a stable Idempotency-Key; a platform
 * that is down or answers 5xx is retried with backoff and reached when it comes back; a 4xx is
 * refused and waits for a person, who may send it again.
 */
class OutboundDeliveryTest extends OutboundEndpointsTest {

    private static final String ANSWER = "Яма у дома 120 по ул. Ленина заделана 17 ноября 2026 года.";

    @Autowired
    private OutboundWorker worker;

    @Autowired
    private RegionFeed feed;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        // what other tests left due is sent now, so that each test counts its own
        time.advance(Duration.ofHours(2));
        worker.deliverDue();
        time.reset();
    }

    @Test
    void shouldDeliverTheAnswerOfAnEpguAppealAfterItsCaseClosesWithTokenAndIdempotencyKey() {
        String number = OutboundCases.appeal(api, "EPGU", "epgu-" + System.nanoTime());
        String key = "epgu:" + number + ":answer";
        RECEIVER.plan(key, 201, "{\"url\": \"https://www.gosuslugi.ru/help/obratitsya/answer/77\"}");
        OutboundCases.answerAppeal(api, number, ANSWER);
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("CLOSED");
        JsonNode waiting = delivery("mcu-head", number);
        assertThat(waiting.get("status").asText()).as("enqueued with the closing, not sent inside it").isEqualTo("PENDING");
        assertThat(RECEIVER.requests(key)).isEmpty();

        assertThat(worker.deliverDue()).isEqualTo(1);

        List<ReceiverServer.Received> requests = RECEIVER.requests(key);
        assertThat(requests).hasSize(1);
        ReceiverServer.Received request = requests.get(0);
        assertThat(request.path()).isEqualTo("/epgu/answers");
        assertThat(request.authorization()).isEqualTo("Bearer test-token-epgu");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.adapter()).isEqualTo("epgu");
        assertThat(request.attempt()).isEqualTo("1");
        JsonNode body = Json.parse(request.body());
        assertThat(body.get("deliveryKey").asText()).isEqualTo(key);
        assertThat(body.get("caseNumber").asText()).isEqualTo(number);
        assertThat(body.get("appealId").asText()).startsWith("epgu-");
        assertThat(body.get("answer").asText()).isEqualTo(ANSWER);
        assertThat(body.get("department").asText()).isEqualTo("Департамент дорожного хозяйства и благоустройства");
        assertThat(body.get("answeredAt").asText()).isNotBlank();
        JsonNode sent = delivery("mcu-head", number);
        assertThat(sent.get("status").asText()).isEqualTo("SENT");
        assertThat(sent.get("httpStatus").asInt()).isEqualTo(201);
        assertThat(sent.get("publishedUrl").asText()).isEqualTo("https://www.gosuslugi.ru/help/obratitsya/answer/77");
        JsonNode last = lastHistory(number);
        assertThat(last.get("type").asText()).isEqualTo("ANSWER_PLACED");
        assertThat(last.get("description").asText()).isEqualTo("Ответ передан: ЕПГУ");
        assertThat(last.get("reason").asText()).isEqualTo("https://www.gosuslugi.ru/help/obratitsya/answer/77");
    }

    @Test
    void shouldGoOnWithThePosProcessWhileThePlatformIsDownAndDeliverWhenItComesBack() {
        RECEIVER.stop();
        String number = OutboundCases.posMessage(api, "pos-out-" + System.nanoTime());
        String key = "pos:" + number + ":answer:1";
        OutboundCases.answerPos(api, number, "Яма будет заделана до 1 декабря");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText())
                .as("the process does not wait on the platform").isEqualTo("AWAITING_RATING");

        assertThat(worker.deliverDue()).isZero();
        JsonNode failed = delivery("pos-coordinator", number);
        assertThat(failed.get("status").asText()).isEqualTo("PENDING");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("lastError").asText()).startsWith("Нет связи с получателем");
        assertThat(worker.deliverDue()).as("not before the backoff").isZero();
        assertThat(delivery("pos-coordinator", number).get("attempts").asInt()).isEqualTo(1);

        RECEIVER.start();
        time.advance(Duration.ofMinutes(2));
        assertThat(worker.deliverDue()).isEqualTo(1);
        List<ReceiverServer.Received> requests = RECEIVER.requests(key);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).attempt()).isEqualTo("2");
        JsonNode body = Json.parse(requests.get(0).body());
        assertThat(body.get("messageId").asText()).startsWith("pos-out-");
        assertThat(body.get("round").asInt()).isEqualTo(1);
        assertThat(body.get("answer").asText()).isEqualTo("Яма будет заделана до 1 декабря");
        assertThat(body.toString()).doesNotContain("Ли Анна").doesNotContain("lee@example.ru");
        assertThat(delivery("pos-coordinator", number).get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void shouldRetryServerErrorsWithTheSameKeyGiveUpAfterTheLastAttemptAndSendAgainOnRequest() {
        String number = OutboundCases.resolvedIncident(api, "im-out-" + System.nanoTime(), this::settleJobsOf);
        String key = "incident:" + number + ":reply";
        RECEIVER.plan(key, 503, "{\"error\": \"maintenance\"}");
        RECEIVER.plan(key, 500, "");
        RECEIVER.plan(key, 502, "");

        assertThat(worker.deliverDue()).isZero();
        JsonNode first = delivery("im-coordinator", number);
        assertThat(first.get("status").asText()).isEqualTo("PENDING");
        assertThat(first.get("httpStatus").asInt()).isEqualTo(503);
        assertThat(first.get("lastError").asText()).contains("HTTP 503").contains("maintenance");
        time.advance(Duration.ofMinutes(1).plusSeconds(5));
        assertThat(worker.deliverDue()).isZero();
        time.advance(Duration.ofMinutes(2).plusSeconds(5));
        assertThat(worker.deliverDue()).isZero();
        JsonNode failed = delivery("im-coordinator", number);
        assertThat(failed.get("status").asText()).as("three attempts in this context").isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        time.advance(Duration.ofHours(1));
        worker.deliverDue();
        List<ReceiverServer.Received> requests = RECEIVER.requests(key);
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(ReceiverServer.Received::idempotencyKey).containsOnly(key);
        assertThat(requests).extracting(ReceiverServer.Received::body).as("the same bytes every time")
                .containsOnly(requests.get(0).body());
        assertThat(requests).extracting(ReceiverServer.Received::attempt).containsExactly("1", "2", "3");
        JsonNode body = Json.parse(requests.get(0).body());
        assertThat(body.get("incidentId").asText()).startsWith("im-out-");
        assertThat(body.get("sourceUrl").asText()).startsWith("https://vk.com/wall-1_im-out-");
        assertThat(body.get("reply").asText()).isEqualTo("Мусор вывезен в 14:00");

        assertThat(api.post("pos-coordinator", "/api/outbound/" + failed.get("id").asLong() + "/retry", "{}").getStatusCode())
                .as("the ПОС coordinator does not handle incidents").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> retried = api.post("im-coordinator", "/api/outbound/" + failed.get("id").asLong() + "/retry", "{}");
        assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Json.parse(retried.getBody()).get("status").asText()).isEqualTo("PENDING");
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(RECEIVER.requests(key)).hasSize(4).extracting(ReceiverServer.Received::idempotencyKey).containsOnly(key);
        assertThat(delivery("im-coordinator", number).get("status").asText()).isEqualTo("SENT");
        assertThat(api.post("im-coordinator", "/api/outbound/" + failed.get("id").asLong() + "/retry", "{}").getStatusCode())
                .as("a sent delivery is not sent again").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldTakeARefusalAsFinalUntilAPersonSendsItAgainOrPlacesItByHand() {
        String number = OutboundCases.posMessage(api, "pos-refused-" + System.nanoTime());
        String key = "pos:" + number + ":answer:1";
        RECEIVER.plan(key, 422, "{\"error\": \"messageId unknown\"}");
        OutboundCases.answerPos(api, number, "Яма заделана");

        assertThat(worker.deliverDue()).isZero();
        JsonNode refused = delivery("pos-coordinator", number);
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("httpStatus").asInt()).isEqualTo(422);
        assertThat(refused.get("lastError").asText()).contains("messageId unknown");
        time.advance(Duration.ofHours(3));
        worker.deliverDue();
        assertThat(RECEIVER.requests(key)).as("a 4xx is not retried by itself").hasSize(1);

        long id = refused.get("id").asLong();
        assertThat(api.post("pos-coordinator", "/api/outbound/" + id + "/retry", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        RECEIVER.plan(key, 400, "{\"error\": \"still wrong\"}");
        worker.deliverDue();
        assertThat(RECEIVER.requests(key)).hasSize(2).extracting(ReceiverServer.Received::idempotencyKey).containsOnly(key);
        assertThat(delivery("pos-coordinator", number).get("status").asText()).isEqualTo("REFUSED");

        ResponseEntity<String> placed = api.post("pos-coordinator", "/api/outbound/" + id + "/published",
                "{\"url\": \"https://pos.gosuslugi.ru/landing/messages/991\"}");
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Json.parse(placed.getBody()).get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(api.post("pos-coordinator", "/api/outbound/" + id + "/retry", "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldSendTheDailyFeedForTheRegionOnceWithCountsAndNoPersonalData() {
        OutboundCases.posMessage(api, "pos-feed-" + System.nanoTime());
        LocalDate today = LocalDate.now(time.withZone(LocalZone.ZONE));
        String key = "bi:day:" + today;

        assertThat(feed.enqueueDay(today)).isTrue();
        assertThat(feed.enqueueDay(today)).as("one feed per day").isFalse();
        worker.deliverDue();

        List<ReceiverServer.Received> requests = RECEIVER.requests(key);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).path()).isEqualTo("/bi/answers");
        assertThat(requests.get(0).authorization()).isEqualTo("Bearer test-token-bi");
        JsonNode body = Json.parse(requests.get(0).body());
        assertThat(body.get("day").asText()).isEqualTo(today.toString());
        assertThat(body.get("timeZone").asText()).isEqualTo("Asia/Sakhalin");
        assertThat(body.get("totals").get("received").asLong()).isPositive();
        List<String> channels = new ArrayList<>();
        body.get("rows").forEach(row -> channels.add(row.get("channel").asText()));
        assertThat(channels).contains("POS");
        // other tests' ПОС messages of the day may still wait for moderation (no department yet): the row of this one's department
        JsonNode pos = body.get("rows").findParents("channel").stream().filter(r -> r.get("channel").asText().equals("POS"))
                .filter(r -> "roads".equals(r.path("department").asText(null)) && "roads.potholes".equals(r.path("rubric").asText(null)))
                .findFirst().orElseThrow();
        assertThat(pos.get("rubricName").asText()).isNotBlank();
        assertThat(pos.get("departmentName").asText()).isEqualTo("Департамент дорожного хозяйства и благоустройства");
        assertThat(requests.get(0).body()).doesNotContain("Ли Анна").doesNotContain("lee@example.ru")
                .doesNotContain("Иванова").doesNotContain("Сахалинской у дома 48");
        assertThat(api.getJson("pos-coordinator", "/api/outbound?status=SENT").toString()).as("the feed is for the МЦУ")
                .doesNotContain(key);
        assertThat(api.getJson("mcu-head", "/api/outbound?status=SENT").toString()).contains(key);

        String yesterday = "bi:day:" + today.minusDays(1);
        feed.scheduledDay();
        worker.deliverDue();
        assertThat(RECEIVER.requests(yesterday)).as("the schedule builds the day before").hasSize(1);
        assertThat(Json.parse(RECEIVER.requests(yesterday).get(0).body()).get("day").asText()).isEqualTo(today.minusDays(1).toString());
    }

    private JsonNode delivery(String user, String number) {
        return OutboundCases.only(api.getJson(user, "/api/outbound?caseNumber=" + number));
    }

    private JsonNode lastHistory(String number) {
        JsonNode history = api.getJson("mcu-head", "/api/cases/" + number).get("history");
        return history.get(history.size() - 1);
    }
}
