package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.cases.AccessCodes;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * The citizen's public page answers a wrong code exactly as an unknown number, and stops an
 * address that keeps guessing.
 */
class PublicLookupTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private AccessCodes codes;

    @Autowired
    private PublicLookupThrottle throttle;

    private String number;

    @BeforeEach
    void fileCase() {
        throttle.reset();
        number = Cases.roadsAppeal(new Api(rest), "Яма во дворе дома 7 по ул. Ленина").get("number").asText();
    }

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    @Test
    void shouldAnswerWrongCodeAndUnknownNumberAlike() {
        Pages citizen = new Pages(port);
        HttpResponse<String> wrongCode = citizen.get("/public/cases/" + number + "?code=AAAA2222");
        HttpResponse<String> unknown = citizen.get("/public/cases/A-2026-999999?code=AAAA2222");
        assertThat(wrongCode.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
        assertThat(withoutToken(wrongCode.body())).isEqualTo(withoutToken(unknown.body()))
                .contains("Обращение или сообщение с таким номером и кодом не найдено").doesNotContain(number).doesNotContain("Иванова");

        HttpResponse<String> right = citizen.get("/public/cases/" + number + "?code=" + codes.codeFor(number));
        assertThat(right.body()).contains(number).doesNotContain("Иванова").doesNotContain("@example.ru");
        assertThat(right.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void shouldStopAnAddressThatKeepsGuessing() {
        Pages guesser = new Pages(port);
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.get("/public/cases/" + number + "?code=GUESS" + (100 + i)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> blocked = guesser.get("/public/cases/" + number + "?code=" + codes.codeFor(number));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Слишком много попыток").doesNotContain(number);
        assertThat(guesser.post("/public/cases/" + number + "/rating", "code=" + codes.codeFor(number) + "&score=5").statusCode())
                .as("no rating either (the form's CSRF check or the limit refuses it)").isIn(403, 429);

        throttle.reset();
        assertThat(guesser.get("/public/cases/" + number + "?code=" + codes.codeFor(number)).body()).contains(number);
    }
}
