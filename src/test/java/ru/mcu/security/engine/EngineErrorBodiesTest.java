package ru.mcu.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Engine API failures lose their SQL, keep messages meant for the user. */
class EngineErrorBodiesTest {

    private static MockHttpServletResponse answer(int status, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain engine = (request, res) -> {
            ((HttpServletResponse) res).setStatus(status);
            res.setContentType("application/json");
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
        new EngineErrorBodies().doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, engine);
        return response;
    }

    @Test
    void shouldHideDatabaseDetails() throws Exception {
        MockHttpServletResponse response = answer(500, "{\"type\":\"ProcessEngineException\",\"message\":\"### Error querying database."
                + " Cause: org.postgresql.util.PSQLException: ERROR: x ### SQL: select RES.ID_ from ACT_RU_TASK RES\"}");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(EngineErrorBodies.NEUTRAL)
                .doesNotContain("ACT_RU_TASK");
    }

    @Test
    void shouldPassMessagesMeantForTheUser() throws Exception {
        String validation = "{\"type\":\"ProcessEngineException\",\"message\":\"Выберите ответственного исполнителя\"}";
        assertThat(answer(500, validation).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(validation);
        assertThat(answer(200, "[{\"name\": \"select the road from the list\"}]").getContentAsString(StandardCharsets.UTF_8))
                .contains("select the road");
    }
}
