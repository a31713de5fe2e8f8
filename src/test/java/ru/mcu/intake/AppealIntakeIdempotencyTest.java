package ru.mcu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.CaseRepository;
import ru.mcu.cases.Channel;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** The same channel and external id never create a second case or process. */
class AppealIntakeIdempotencyTest extends IntegrationTest {

    @Autowired
    private CaseRepository cases;

    @Autowired
    private RuntimeService runtime;

    @Test
    void shouldAnswerRepeatWith200AndTheSameCase() {
        Api api = new Api(rest);
        String body = Json.appeal("EPGU", "epgu-777", "roads.potholes", "Яма", null);

        ResponseEntity<String> first = api.post("mcu-registrar", "/api/appeals", body);
        ResponseEntity<String> second = api.post("mcu-registrar", "/api/appeals", body);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Json.parse(second.getBody()).get("number").asText()).isEqualTo(Json.parse(first.getBody()).get("number").asText());
        // the same external id in another channel is another appeal
        assertThat(api.post("mcu-registrar", "/api/appeals", body.replace("\"EPGU\"", "\"SITE\"")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldCreateOneCaseWhenTheSameAppealArrivesConcurrently() throws Exception {
        Api api = new Api(rest);
        String body = Json.appeal("SITE", "site-concurrent-1", "waste.collection", "Мусор", null);
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<ResponseEntity<String>> call = () -> {
                go.await();
                return api.post("mcu-registrar", "/api/appeals", body);
            };
            futures.add(pool.submit(call));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (Future<ResponseEntity<String>> f : futures) {
            ResponseEntity<String> r = f.get();
            statuses.add(r.getStatusCode().value());
            numbers.add(Json.parse(r.getBody()).get("number").asText());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(numbers).containsOnly(numbers.get(0));
        assertThat(cases.findByChannelAndExternalId(Channel.SITE, "site-concurrent-1")).isPresent();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(0)).count()).isEqualTo(1);
    }
}
