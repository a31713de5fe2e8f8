package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.mcu.support.IntegrationTest;

/** The example files of docs/import-examples import without a rejected row, so the documentation stays true. */
class ImportExamplesTest extends IntegrationTest {

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "APPEAL, appeals.json, 2",
            "APPEAL, appeals.csv, 2",
            "POS, pos-messages.json, 1",
            "POS, pos-messages.csv, 1",
            "INCIDENT, incidents.json, 1",
            "INCIDENT, incidents.csv, 1"})
    void shouldImportTheExampleWithoutRejectedRows(String channel, String file, int rows) throws IOException {
        byte[] content = Files.readAllBytes(Path.of("docs/import-examples", file));

        JsonNode job = new ImportClient(rest).run("mcu-head", channel, file, content);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("total").asInt()).isEqualTo(rows);
        assertThat(job.get("rejected").asInt()).as(job.toString()).isZero();
        // another test may have imported the same example first
        assertThat(job.get("created").asInt() + job.get("alreadyPresent").asInt()).isEqualTo(rows);
    }
}
