package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files as a whole: encodings, format detection, the CSV header, rows in the API's JSON shape. */
class ImportFileTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void shouldTurnCsvColumnsIntoTheApiShapeWithBomSemicolonsAndCrlf() {
        String csv = "\uFEFFexternalId;citizen.fullName;citizen.email;location.lat;location.lon;text;rubric\r\n"
                + "site-1;Иванова Мария;;46,9612;142.7383;\"Яма; большая\";\r\n";

        List<SourceRow> rows = rows(ImportChannel.APPEAL, "appeals.csv", csv);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).fields().toString()).isEqualTo(
                "{\"externalId\":\"site-1\",\"citizen\":{\"fullName\":\"Иванова Мария\"},"
                        + "\"location\":{\"lat\":\"46.9612\",\"lon\":\"142.7383\"},\"text\":\"Яма; большая\"}");
    }

    @Test
    void shouldReadCommaSeparatedCsvWithHeaderInAnyCaseAndOrder() {
        List<SourceRow> rows = rows(ImportChannel.INCIDENT, "im.csv", "TEXT,externalid\nСнег,im-1\n\n");

        assertThat(rows).singleElement().satisfies(r ->
                assertThat(r.fields().toString()).isEqualTo("{\"text\":\"Снег\",\"externalId\":\"im-1\"}"));
    }

    @Test
    void shouldReportARowWithTheWrongNumberOfFieldsByItsLine() {
        List<SourceRow> rows = rows(ImportChannel.POS, "pos.csv", "externalId;text\npos-1;a;b\npos-2;c\n");

        assertThat(rows.get(0).malformed()).isEqualTo("полей в строке 3, а столбцов в заголовке 2 (проверьте разделители и кавычки)");
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(1).isMalformed()).isFalse();
    }

    @Test
    void shouldRefuseUnknownAndRepeatedColumns() {
        assertThatThrownBy(() -> rows(ImportChannel.POS, "pos.csv", "externalId;text;citizen.email\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("Неизвестные столбцы: citizen.email. Допустимые столбцы: externalId, category, subcategory, text, "
                        + "author.fullName, author.email, author.phone, address, location.lat, location.lon, receivedAt");
        assertThatThrownBy(() -> rows(ImportChannel.POS, "pos.csv", "text;TEXT\n"))
                .hasMessage("Столбец text указан в заголовке дважды");
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8() {
        byte[] cp1251 = "text\nЯма\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));

        assertThatThrownBy(() -> ImportFile.of("old.csv", null, cp1251).countRows(ImportChannel.POS, json))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("Файл не в кодировке UTF-8");
    }

    @Test
    void shouldReadAJsonArrayAndReportElementsThatAreNoObjects() {
        List<SourceRow> rows = rows(ImportChannel.INCIDENT, "im.json", "\uFEFF[{\"externalId\": \"im-1\"}, \"im-2\", null]");

        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(0).fields().get("externalId").asText()).isEqualTo("im-1");
        assertThat(rows.get(1).malformed()).isEqualTo("ожидается объект {…}, а не строка");
        assertThat(rows.get(2).malformed()).isEqualTo("ожидается объект {…}, а не null");
    }

    @Test
    void shouldRefuseJsonThatIsNoArrayOrBreaksOff() {
        assertThatThrownBy(() -> rows(ImportChannel.POS, "pos.json", "{\"externalId\": \"p\"}"))
                .hasMessage("Ожидается массив JSON: [ {…}, {…} ], по объекту на строку");
        assertThatThrownBy(() -> rows(ImportChannel.POS, "pos.json", "[{\"externalId\": \"p\"},\n {\"text\": }]"))
                .hasMessageStartingWith("Файл не является корректным JSON (строка 2");
        assertThatThrownBy(() -> rows(ImportChannel.POS, "pos.json", "[{\"externalId\": \"p\"}"))
                .hasMessageStartingWith("Файл не является корректным JSON");
    }

    @Test
    void shouldRefuseAFileWithoutRows() {
        assertThatThrownBy(() -> ImportFile.of("empty.csv", "text/csv", "externalId;text\r\n".getBytes(StandardCharsets.UTF_8))
                .countRows(ImportChannel.POS, json)).hasMessage("В файле нет ни одной строки для импорта");
        assertThatThrownBy(() -> ImportFile.of(null, null, new byte[0]).countRows(ImportChannel.POS, json))
                .hasMessageStartingWith("Файл пуст: первой строкой ожидаются названия столбцов");
    }

    @Test
    void shouldTakeTheFormatFromTheContentTypeOrNameElseFromTheText() {
        assertThat(ImportFile.of("x.txt", "application/json", bytes("a;b")).format()).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFile.of("x.CSV", "application/octet-stream", bytes("[")).format()).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFile.of(null, null, bytes("\uFEFF  [ {}]")).format()).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFile.of(null, null, bytes("text;externalId")).name()).isEqualTo("request-body.csv");
    }

    private List<SourceRow> rows(ImportChannel channel, String name, String text) {
        List<SourceRow> rows = new ArrayList<>();
        try (SourceRows source = ImportFile.of(name, null, bytes(text)).rows(channel, json)) {
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
