package ru.mcu.perf;


import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.CHANNEL;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TEXT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TOPIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC_NAME;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Generated appeals for the load: rubrics, districts and texts in rotation, so that the routing
 * table matches keyword rules, rubric rules and no rule at all, and every request has an
 * external id of its own. Their street and points (south-west of the centre) are used by no
 * other test, so that the short versions in the normal suite add no "similar cases" to theirs.
 */
final class Appeals {

    /** Rubric and a text for it; some texts carry the keywords of the routing table's rules. */
    private static final List<Map.Entry<String, String>> SAMPLES = List.of(
            Map.entry("roads.potholes", "На дороге по ул. Ленина большая яма, асфальт разрушен"),
            Map.entry("roads.traffic-lights", "Не работает светофор на перекрёстке"),
            Map.entry("improvement.yards", "Во дворе сломаны качели на детской площадке"),
            Map.entry("housing-utilities.heating", "В квартире нет отопления, батареи холодные"),
            Map.entry("housing-utilities.management", "Управляющая компания не отвечает на заявки"),
            Map.entry("waste.collection", "Третью неделю не вывозят мусор с контейнерной площадки"),
            Map.entry("snow.yards", "Двор не убран от снега, сугробы у подъезда"),
            Map.entry("transport.stops", "На остановке разбит павильон"),
            Map.entry("education.schools", "В школе не работает столовая"),
            Map.entry("social.support", "Прошу помочь с оформлением мер социальной поддержки"),
            Map.entry("land.plots", "Соседи заняли часть земельного участка"),
            Map.entry("construction.unauthorized", "Во дворе идёт самовольное строительство гаража"),
            Map.entry("safety.animals", "Стая бездомных собак у школы"),
            Map.entry("culture.events", "Прошу провести праздник двора"));

    private static final List<String> DISTRICTS = List.of("center", "novo-aleksandrovsk", "lugovoe", "khomutovo",
            "klyuchi", "sanatornoe", "sinegorsk", "dalnee");

    private Appeals() {
    }

    /** The JSON of {@code POST /api/appeals} number {@code i} of a run identified by {@code run}. */
    static String json(String run, long i) {
        Map.Entry<String, String> sample = SAMPLES.get((int) (i % SAMPLES.size()));
        String district = DISTRICTS.get((int) (i % DISTRICTS.size()));
        int house = (int) (i % 180) + 1;
        return """
                {"channel": "SITE", "externalId": "%s-%d", "kind": "COMPLAINT",
                 "citizen": {"fullName": "Иванова Мария Петровна", "postalAddress": "693000, г. Южно-Сахалинск, ул. Испытателей, д. %d, кв. 5",
                             "email": "ivanova%d@example.ru", "phone": "+7 914 100-20-30"},
                 "text": "%s (дом %d)", "rubric": "%s", "district": "%s", "address": "ул. Испытателей, %d",
                 "location": {"lat": %.5f, "lon": %.5f}}
                """.formatted(run, i, house, i % 1000, sample.getValue(), house, sample.getKey(), district, house,
                46.80 + (i % 97) * 0.0003, 142.60 + (i % 89) * 0.0003);
    }

    /** The variables the application starts an appeal's process with, for the bare engine. */
    static VariableMap startVariables(String caseNumber, long i) {
        Map.Entry<String, String> sample = SAMPLES.get((int) (i % SAMPLES.size()));
        String rubric = sample.getKey();
        return variables()
                .with(CASE_NUMBER, caseNumber)
                .with(CHANNEL, "SITE")
                .with(RUBRIC, rubric)
                .with(RUBRIC_NAME, rubric)
                .with(DISTRICT, DISTRICTS.get((int) (i % DISTRICTS.size())))
                .with(ADDRESS, "ул. Испытателей, " + ((i % 180) + 1))
                .withTransient(ROUTING_TEXT, sample.getValue().toLowerCase(Locale.ROOT))
                .withTransient(ROUTING_TOPIC, rubric.substring(0, rubric.indexOf('.')))
                .build();
    }
}
