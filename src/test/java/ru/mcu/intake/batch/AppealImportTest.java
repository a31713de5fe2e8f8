package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseRepository;
import ru.mcu.cases.Channel;
import ru.mcu.intake.AppealRequest;
import ru.mcu.support.IntegrationTest;

/**
 * 59-ФЗ appeals imported from JSON and CSV: good rows filed through the intake, every broken
 * row reported with its reasons, and the same file again creating nothing.
 */
class AppealImportTest extends IntegrationTest {

    private static final String DATE_HINT = ": ожидается дата и время ISO-8601 со смещением, например 2026-11-20T10:15:00+11:00";

    @Autowired
    private CaseRepository cases;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldImportAJsonFileReportEveryRejectedRowAndCreateNothingTheSecondTime() {
        ImportClient imports = new ImportClient(rest);
        String file = """
                [
                 {"channel": "SITE", "externalId": "site-§-1", "kind": "COMPLAINT",
                  "citizen": {"fullName": "Иванова Мария Петровна", "postalAddress": "693000, г. Южно-Сахалинск, ул. Ленина, д. 120, кв. 5",
                              "email": "ivanova@example.ru", "phone": "+7 914 123-45-67"},
                  "text": "Во дворе третью неделю не вывозят мусор §", "rubric": "waste.collection", "district": "center",
                  "address": "ул. Ленина, 120", "location": {"lat": 46.9612, "lon": 142.7383}, "receivedAt": "2025-11-20T10:15:00+11:00"},
                 {"channel": "LETTER", "kind": "STATEMENT", "citizen": {"fullName": "Петров Пётр", "postalAddress": "693000, г. Южно-Сахалинск"},
                  "text": "Яма на проспекте Победы §", "rubric": "roads.potholes", "receivedAt": "2025-11-21T09:00:00+11:00"},
                 {"channel": "EPGU", "externalId": "epgu-§-3", "text": "  "},
                 {"channel": "SITE", "externalId": "site-§-4", "text": "Снег §", "citizen": {"email": "не-почта"}},
                 {"channel": "SITE", "externalId": "site-§-5", "text": "Свет §", "rubric": "roads.unknown"},
                 {"channel": "SITE", "externalId": "site-§-6", "text": "Дата §", "receivedAt": "20.11.2025"},
                 {"channel": "SITE", "externalId": "site-§-1", "text": "Повтор §"},
                 "просто строка",
                 {"channel": "FAX", "externalId": "fax-§-9", "kind": "REQUEST", "text": "Факс §"}
                ]""".replace("§", run);

        JsonNode first = imports.run("mcu-registrar", "APPEAL", "appeals.json", file);

        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("DONE");
        assertCounts(first, 9, 2, 0, 7);
        assertThat(first.get("format").asText()).isEqualTo("JSON");
        assertThat(first.get("startedBy").asText()).isEqualTo("mcu-registrar");
        assertThat(imports.reasons("mcu-registrar", first.get("id").asLong())).containsExactly(
                "строка 3: text — Текст обращения не может быть пустым",
                "строка 4: citizen.email — Некорректный адрес электронной почты",
                "строка 5: rubric — Неизвестная рубрика: roads.unknown",
                "строка 6: receivedAt — Некорректное значение «20.11.2025»" + DATE_HINT,
                "строка 7: externalId — Этот идентификатор уже есть в файле, в строке 1",
                "строка 8: ожидается объект {…}, а не строка",
                "строка 9: channel — Недопустимое значение «FAX». Допустимые значения: LETTER, EPGU, SITE, RECEPTION, POS, INCIDENT",
                "строка 9: kind — Недопустимое значение «REQUEST». Допустимые значения: PROPOSAL, STATEMENT, COMPLAINT");
        Case filed = cases.findByChannelAndExternalId(Channel.SITE, "site-" + run + "-1").orElseThrow();
        assertThat(filed.getText()).isEqualTo("Во дворе третью неделю не вывозят мусор " + run);
        assertThat(cases.findByChannelAndExternalId(Channel.LETTER, DerivedExternalId.of(new AppealRequest(Channel.LETTER, null,
                AppealKind.STATEMENT, new AppealRequest.CitizenData("Петров Пётр", "693000, г. Южно-Сахалинск", null, null),
                "Яма на проспекте Победы " + run, "roads.potholes", null, null, null, OffsetDateTime.parse("2025-11-21T09:00:00+11:00")))))
                .isPresent();

        long casesBefore = cases.count();
        JsonNode second = imports.run("mcu-registrar", "APPEAL", "appeals.json", file);

        assertThat(second.get("status").asText()).isEqualTo("DONE");
        assertCounts(second, 9, 0, 2, 7);
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(imports.reasons("mcu-registrar", second.get("id").asLong()))
                .isEqualTo(imports.reasons("mcu-registrar", first.get("id").asLong()));
    }

    @Test
    void shouldImportACsvFileWithBomSemicolonsQuotesAndBrokenLines() {
        ImportClient imports = new ImportClient(rest);
        String file = "\uFEFFchannel;externalId;kind;citizen.fullName;citizen.postalAddress;citizen.email;citizen.phone;text;rubric;district;"
                + "address;location.lat;location.lon;receivedAt\r\n"
                + "SITE;site-§-c1;COMPLAINT;Иванова Мария Петровна;\"693000, г. Южно-Сахалинск, ул. Ленина, д. 120\";ivanova@example.ru;"
                + "+7 914 123-45-67;\"Мусор; § \"\"срочно\"\"\r\nвторая строка\";waste.collection;center;ул. Ленина, 120;46,9612;142,7383;"
                + "2025-11-20T10:15:00+11:00\r\n"
                + "LETTER;;STATEMENT;Петров Пётр;693000, г. Южно-Сахалинск;;;Яма § c;roads.potholes;;;;;2025-11-21T09:00:00+11:00\r\n"
                + "EPGU;epgu-§-c5;;;;;;;;;;;;\r\n"
                + "SITE;site-§-c6;;;;не-почта;;Снег § c;;;;;;\r\n"
                + "SITE;site-§-c7;;;;;;Свет § c;roads.unknown;;;;;\r\n"
                + "SITE;site-§-c8;;;;;;Дата § c;;;;;;2025-11-20 10:15\r\n"
                + "SITE;site-§-c9;Мало полей\r\n"
                + "SITE;\"site-§-c10\"x;;;;;;Кавычка;;;;;;\r\n"
                + "SITE;site-§-c1;;;;;;Повтор § c;;;;;;\r\n"
                + "\r\n"
                + "SITE;site-§-c13;;;;;;\"Незакрытая кавычка;;;;;;\r\n";
        file = file.replace("§", run);

        JsonNode job = imports.run("mcu-registrar", "APPEAL", "appeals.csv", file);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("format").asText()).isEqualTo("CSV");
        assertCounts(job, 10, 2, 0, 8);
        assertThat(imports.reasons("mcu-registrar", job.get("id").asLong())).containsExactly(
                "строка 5: text — Текст обращения не может быть пустым",
                "строка 6: citizen.email — Некорректный адрес электронной почты",
                "строка 7: rubric — Неизвестная рубрика: roads.unknown",
                "строка 8: receivedAt — Некорректное значение «2025-11-20 10:15»" + DATE_HINT,
                "строка 9: полей в строке 3, а столбцов в заголовке 14 (проверьте разделители и кавычки)",
                "строка 10: после закрывающей кавычки ожидается разделитель «;» или конец строки",
                "строка 11: externalId — Этот идентификатор уже есть в файле, в строке 2",
                "строка 13: кавычка, открытая в строке 13, не закрыта до конца файла");
        Case filed = cases.findByChannelAndExternalId(Channel.SITE, "site-" + run + "-c1").orElseThrow();
        assertThat(filed.getText()).isEqualTo("Мусор; " + run + " \"срочно\"\r\nвторая строка");
        assertThat(filed.getLatitude()).isEqualTo(46.9612);

        // the appeal without an id, sent again as JSON, is recognised by its content
        JsonNode again = imports.run("mcu-registrar", "APPEAL", "again.json", """
                [{"channel": "LETTER", "kind": "STATEMENT", "citizen": {"fullName": "Петров Пётр", "postalAddress": "693000, г. Южно-Сахалинск"},
                  "text": "Яма § c", "rubric": "roads.potholes", "receivedAt": "2025-11-20T22:00:00Z"}]""".replace("§", run));
        assertCounts(again, 1, 0, 1, 0);
    }

    @Test
    void shouldDownloadTheReportAsCsv() {
        ImportClient imports = new ImportClient(rest);
        JsonNode job = imports.run("mcu-head", "APPEAL", "bad.json",
                "[{\"channel\": \"SITE\", \"externalId\": \"=cmd-§\", \"text\": \"x\", \"district\": \"atlantis\"}]".replace("§", run));

        ResponseEntity<String> csv = imports.exchange("mcu-head", "/api/imports/" + job.get("id").asLong() + "/report?format=csv");

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("import-" + job.get("id").asLong() + "-rejected.csv");
        assertThat(csv.getBody()).isEqualTo("\uFEFFСтрока;Идентификатор;Поле;Причина\r\n"
                + "1;'=cmd-" + run + ";district;Неизвестный район: atlantis\r\n");
    }

    static void assertCounts(JsonNode job, int total, int created, int alreadyPresent, int rejected) {
        assertThat(job.get("total").asInt()).as("total").isEqualTo(total);
        assertThat(job.get("processed").asInt()).as("processed").isEqualTo(total);
        assertThat(job.get("created").asInt()).as("created").isEqualTo(created);
        assertThat(job.get("alreadyPresent").asInt()).as("already present").isEqualTo(alreadyPresent);
        assertThat(job.get("rejected").asInt()).as("rejected").isEqualTo(rejected);
        assertThat(job.get("percent").asInt()).as("percent").isEqualTo(100);
        assertThat(job.get("finishedAt").isNull()).as("finished").isFalse();
    }
}
