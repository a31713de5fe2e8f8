package ru.mcu.workflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TEXT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TOPIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.util.Locale;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.mcu.support.ProcessTestEngine;

/** The routing table {@code bpmn/appeal-routing.dmn}, one row per rule that matters. */
@Deployment(resources = "bpmn/appeal-routing.dmn")
class AppealRoutingDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get())
            .build();

    @ParameterizedTest(name = "{0} / {1} / «{2}» → {3}")
    @CsvSource(nullValues = "NULL", value = {
            "roads.potholes,              center,     Яма на дороге,                           roads",
            "roads.potholes,              sinegorsk,  Дорога разбита,                          roads-agency",
            "roads.sidewalks,             center,     Не работает светофор у школы,            roads-agency",
            "roads.lighting,              khomutovo,  Не горят фонари,                         roads-agency",
            "housing-utilities.management,center,     УК не отвечает,                          housing-control",
            "housing-utilities.heating,   center,     Холодные батареи,                        city-economy",
            "snow.roads,                  center,     Не чистят дорогу,                        roads-agency",
            "snow.yards,                  center,     Не чистят двор,                          city-economy",
            "waste.collection,            lugovoe,    Не вывозят мусор,                        city-economy",
            "transport.stops,             dalnee,     Нет остановки,                           roads-agency",
            "education.kindergartens,     center,     Место в детском саду,                    education",
            "construction.permits,        center,     Самовольная пристройка к дому,           construction",
            "construction.permits,        center,     Разрешение на строительство,             architecture",
            "safety.animals,              center,     Подростки шумят во дворе,                minors",
            "safety.animals,              center,     Бродячие собаки,                         public-safety",
            "emergency.flooding,          lugovoe,    Подтопило подвал,                        civil-defense",
            "NULL,                        center,     Огромная ЯМА на проезжей части,          roads",
            "NULL,                        khomutovo,  Гололёд на тротуаре,                     roads-agency",
            "NULL,                        center,     Не работает отопление,                   city-economy",
            "NULL,                        center,     Прошу рассмотреть мой вопрос,            NULL",
            "healthcare.clinics,          center,     Запись к врачу,                          NULL",
            "other,                       center,     Иной вопрос,                             NULL"
    })
    void shouldChooseResponsibleDepartment(String rubric, String district, String text, String expected) {
        DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey(AppealProcess.ROUTING_DECISION)
                .variables(variables()
                        .with(RUBRIC, rubric)
                        .with(ROUTING_TOPIC, AppealProcess.topicOf(rubric))
                        .with(DISTRICT, district)
                        .with(ROUTING_TEXT, text.toLowerCase(Locale.ROOT)).build())
                .evaluate();
        String department = result.isEmpty() ? null : result.getSingleResult().getEntry("department");
        assertThat(department).isEqualTo(expected);
    }
}
