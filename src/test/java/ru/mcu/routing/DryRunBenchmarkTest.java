package ru.mcu.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.support.TestDays;

/**
 * A dry run over 10 000 past cases (issue 18: under 10 s on this machine): generates the cases
 * in the 90 days before the test day, with rubrics, districts and texts that reach the keyword
 * rules, then times {@code POST /api/routing/dry-runs} with the release's table plus one rule,
 * which loads the cases and evaluates both tables on each. Only with {@code mvn -Pbenchmark};
 * the figure is in docs/performance.md.
 */
@Tag("benchmark")
class DryRunBenchmarkTest extends IntegrationTest {

    static final int CASES = 10_000;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldTryATableOnTenThousandPastCases() {
        jdbc.update("""
                insert into cases (number, channel, text, rubric_code, district_code, received_at, department_code, status,
                                   reroute_count, created_at, updated_at)
                select 'DRB-' || g,
                       (array['LETTER','EPGU','SITE','POS','INCIDENT'])[1 + g % 5],
                       (array['Яма на дороге у дома', 'Не убран снег во дворе, сугробы', 'Не вывозят мусор, переполнен контейнер',
                              'Не работает светофор на перекрёстке', 'Нет отопления, холодные батареи', 'Шумят соседи ночью',
                              'Подростки курят в подъезде', 'Самовольная постройка во дворе'])[1 + g % 8],
                       case when g % 5 = 0 then null
                            else (select code from rubric where parent_code is not null order by code offset (g % 40) limit 1) end,
                       (select code from district order by code offset (g % 14) limit 1),
                       ?::timestamptz - (g % 89) * interval '1 day' - (g % 600) * interval '1 minute',
                       'roads', 'CLOSED', case when g % 17 = 0 then 1 else 0 end, ?::timestamptz, ?::timestamptz
                  from generate_series(1, ?) g""",
                Timestamp.from(TestDays.TODAY.minusSeconds(3600)), Timestamp.from(TestDays.TODAY), Timestamp.from(TestDays.TODAY), CASES);
        byte[] table = Tables.releaseWithFirstRule("improvement.parks", "culture-tourism").getBytes(StandardCharsets.UTF_8);

        post(table); // warm-up: the FEEL engine's first parse
        long t0 = System.nanoTime();
        ResponseEntity<String> response = post(table);
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = Json.parse(response.getBody());
        assertThat(report.get("cases").asInt()).isGreaterThanOrEqualTo(CASES);
        System.out.printf("[benchmark] dry run of the routing table over %,d past cases (load, evaluate live and candidate, report): %.2f s; "
                + "%d change department, %d unmatched; load average %.1f%n", report.get("cases").asInt(), seconds,
                report.get("changed").asInt(), report.get("unmatched").size(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private ResponseEntity<String> post(byte[] table) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("mcu-analyst", "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(table) {
            @Override
            public String getFilename() {
                return "appeal-routing.dmn";
            }
        });
        return rest.exchange("/api/routing/dry-runs", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
