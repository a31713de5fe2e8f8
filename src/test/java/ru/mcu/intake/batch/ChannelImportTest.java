package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.intake.batch.AppealImportTest.assertCounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseRepository;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Importance;
import ru.mcu.support.IntegrationTest;

/** ПОС messages and incidents imported from JSON and CSV by their coordinators. */
class ChannelImportTest extends IntegrationTest {

    @Autowired
    private CaseRepository cases;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldImportPosMessagesFromJsonTwiceWithoutDuplicates() {
        ImportClient imports = new ImportClient(rest);
        String file = """
                [
                 {"externalId": "pos-§-1", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                  "text": "На ул. Сахалинской у дома 48 яма §", "author": {"fullName": "Сидоров С.", "email": "s@example.ru", "phone": "+7 900 000-00-00"},
                  "address": "ул. Сахалинская, 48", "location": {"lat": 46.95, "lon": 142.74}, "receivedAt": "2025-11-20T10:15:00+11:00"},
                 {"text": "Без идентификатора §"},
                 {"externalId": "pos-§-3", "text": "Почта §", "author": {"email": "bad"}},
                 {"externalId": "pos-§-4", "text": "Из будущего §", "receivedAt": "2099-01-01T00:00:00+11:00"},
                 {"externalId": "pos-§-1", "text": "Повтор §"}
                ]""".replace("§", run);

        JsonNode first = imports.run("pos-coordinator", "POS", "pos.json", file);
        JsonNode second = imports.run("pos-coordinator", "POS", "pos.json", file);

        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("DONE");
        assertCounts(first, 5, 1, 0, 4);
        assertThat(imports.reasons("pos-coordinator", first.get("id").asLong())).containsExactly(
                "строка 2: externalId — Укажите идентификатор сообщения на ПОС",
                "строка 3: author.email — Некорректный адрес электронной почты",
                "строка 4: receivedAt — Момент не может быть в будущем",
                "строка 5: externalId — Этот идентификатор уже есть в файле, в строке 1");
        Case message = cases.findByChannelAndExternalId(Channel.POS, "pos-" + run + "-1").orElseThrow();
        assertThat(message.getPos().getCategory()).isEqualTo("Дороги");
        assertCounts(second, 5, 0, 1, 4);
    }

    @Test
    void shouldImportPosMessagesFromCommaSeparatedCsv() {
        ImportClient imports = new ImportClient(rest);
        String file = """
                externalId,category,subcategory,text,author.fullName,author.email,author.phone,address,location.lat,location.lon,receivedAt
                pos-§-c1,Дороги,,"Яма у дома 48, §",Сидоров С.,,,"ул. Сахалинская, 48",46.95,142.74,2025-11-20T10:15:00+11:00
                pos-§-c2,,,,,,,,,,
                pos-§-c3,,,Широта §,,,,,91,142.74,
                pos-§-c4,,,Телефон §,,,звонить вечером,,,,
                """.replace("§", run);

        JsonNode job = imports.run("mcu-registrar", "POS", "pos.csv", file);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertCounts(job, 4, 1, 0, 3);
        assertThat(imports.reasons("mcu-registrar", job.get("id").asLong())).containsExactly(
                "строка 3: text — Текст сообщения не может быть пустым",
                "строка 4: location.lat — Широта от -90 до 90",
                "строка 5: author.phone — Телефон: цифры, пробелы, +, -, скобки; от 5 до 40 символов");
        assertThat(cases.findByChannelAndExternalId(Channel.POS, "pos-" + run + "-c1").orElseThrow().getText())
                .isEqualTo("Яма у дома 48, " + run);
    }

    @Test
    void shouldImportIncidentsFromJsonAndCsv() {
        ImportClient imports = new ImportClient(rest);
        String json = """
                [
                 {"externalId": "im-§-1", "network": "vk", "url": "https://vk.com/wall-1_2", "author": "Анна С.",
                  "text": "Третий день не убирают снег §", "publishedAt": "2025-11-20T10:15:00+11:00", "importance": "HIGH",
                  "address": "ул. Комсомольская, 190"},
                 {"externalId": "im-§-2", "url": "ftp://example.ru/x", "text": "Ссылка §"},
                 {"externalId": "im-§-3", "text": "Важность §", "importance": "URGENT"},
                 {"externalId": "im-§-1", "text": "Повтор §"}
                ]""".replace("§", run);
        String csv = """
                externalId;network;url;author;text;publishedAt;importance;address;location.lat;location.lon
                im-§-c1;telegram;https://t.me/c/1;Пётр;Не горит свет §;2025-11-20T10:15:00+11:00;NORMAL;;;
                im-§-c2;;;;;;;;;
                ;;;;Без идентификатора §;;;;;
                """.replace("§", run);

        JsonNode fromJson = imports.run("im-coordinator", "INCIDENT", "im.json", json);
        JsonNode fromCsv = imports.run("im-coordinator", "INCIDENT", "im.csv", csv);

        assertCounts(fromJson, 4, 1, 0, 3);
        assertThat(imports.reasons("im-coordinator", fromJson.get("id").asLong())).containsExactly(
                "строка 2: url — Ожидается ссылка http(s)://…",
                "строка 3: importance — Недопустимое значение «URGENT». Допустимые значения: HIGH, NORMAL",
                "строка 4: externalId — Этот идентификатор уже есть в файле, в строке 1");
        assertThat(cases.findByChannelAndExternalId(Channel.INCIDENT, "im-" + run + "-1").orElseThrow().getIncident().getImportance())
                .isEqualTo(Importance.HIGH);
        assertCounts(fromCsv, 3, 1, 0, 2);
        assertThat(imports.reasons("im-coordinator", fromCsv.get("id").asLong())).containsExactly(
                "строка 3: text — Текст публикации не может быть пустым",
                "строка 4: externalId — Укажите идентификатор инцидента");
        assertThat(cases.findByChannelAndExternalId(Channel.INCIDENT, "im-" + run + "-c1").orElseThrow().getIncident().getSourceNetwork())
                .isEqualTo("telegram");
    }
}
