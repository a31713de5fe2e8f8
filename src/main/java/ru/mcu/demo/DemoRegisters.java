package ru.mcu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.Period;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.registers.PollPriorities;
import ru.mcu.registers.Proposals;
import ru.mcu.registers.Recommendations;

/**
 * A few entries in each of the МЦУ's registers (recommendations, digitalisation proposals and
 * best practices, poll priorities), made through the registers' services as the head of the МЦУ
 * makes them, after the demo year (whose clusters and growth they cite) and only into registers
 * that are empty.
 */
@Component
class DemoRegisters {

    private static final Logger log = LoggerFactory.getLogger(DemoRegisters.class);
    private static final String HEAD = "mcu-head";

    private final DemoProperties properties;
    private final Recommendations recommendations;
    private final Proposals proposals;
    private final PollPriorities polls;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoRegisters(DemoProperties properties, Recommendations recommendations, Proposals proposals, PollPriorities polls,
                  JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.recommendations = recommendations;
        this.proposals = proposals;
        this.polls = polls;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(29)
    public void seed() {
        if (!properties.appeals() || Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from recommendation) or exists (select 1 from practice_proposal) or exists (select 1 from poll_priority)",
                Boolean.class))) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        Period month = Period.monthBefore(today);
        List<String> potholes = jdbc.queryForList("select number from cases where address = 'пр. Победы, 45' order by received_at limit 5",
                String.class);
        List<String> waste = jdbc.queryForList("select number from cases where address = 'ул. Комсомольская, 190' order by received_at limit 5",
                String.class);

        long roads = recommendations.create(new Recommendations.Form(
                "Включить капитальный ремонт покрытия пр. Победы (дома 40–60) в программу ремонта дорог на следующий год: ямочный ремонт "
                        + "не держится дольше одной зимы, жалобы повторяются каждую весну.",
                "roads", null, today.plusDays(20).toString(), "IN_PROGRESS", potholes, "roads", "center",
                month.from().toString(), month.to().toString()), HEAD).id();
        recommendations.create(new Recommendations.Form(
                "Перейти на ежедневный вывоз ТКО из дворов центра в летний период и публиковать график вывоза на сайте оператора.",
                null, "Региональный оператор по обращению с ТКО", today.plusDays(2).toString(), "SENT", waste, "waste", "center",
                month.from().toString(), month.to().toString()), HEAD);
        recommendations.create(new Recommendations.Form(
                "Публиковать график механизированной уборки снега во дворах на неделю вперёд на сайте администрации и в соцсетях.",
                "city-economy", null, today.plusDays(30).toString(), "DRAFT", List.of(), "snow", null,
                month.from().toString(), month.to().toString()), HEAD);
        recommendations.create(new Recommendations.Form(
                "Прикладывать к ответам о выполненных работах фотографии «до» и «после».",
                "roads-agency", null, today.minusDays(10).toString(), "DONE", List.of(), null, null, null, null), HEAD);
        log.debug("Demo recommendation of the roads: {}", roads);

        proposals.create(new Proposals.Form("Автоматическая маршрутизация сообщений ПОС по рубрикатору",
                "Сообщения ПОС распределяются ответственным получателям по таблице соответствия категорий ПОС рубрикатору, без ручного "
                        + "выбора координатором.", "DIGITALISATION", "МЦУ г. Южно-Сахалинска",
                "Координация сообщения за минуты вместо рабочего дня", null, "IMPLEMENTING"), HEAD);
        proposals.create(new Proposals.Form("Фотографии выполненных работ в ответе заявителю",
                "Исполнитель прикладывает к ответу фотографии «до» и «после»; повторных жалоб на тот же адрес становится меньше.",
                "BEST_PRACTICE", "ЦУР Сахалинской области", "Меньше повторных жалоб и возвратов на доработку",
                "Доля возвратов на доработку по дорогам снизилась с 9 % до 5 % за квартал", "IMPLEMENTED"), HEAD);
        proposals.create(new Proposals.Form("Единая карта плановых работ города",
                "Публичная карта плановых дорожных и коммунальных работ со сроками: заявитель видит, что работы уже запланированы.",
                "BEST_PRACTICE", "Администрация г. Казани", "Меньше сообщений о проблемах, работы по которым уже запланированы", null,
                "PROPOSED"), HEAD);

        int added = 0;
        for (PollPriorities.Candidate c : polls.candidates(month)) {
            if (added == 3) {
                break;
            }
            polls.add(new PollPriorities.AddForm(c.key(), month.from().toString(), month.to().toString(), null), HEAD);
            added++;
        }
        log.info("Seeded the demo registers: 4 recommendations, 3 proposals and best practices, {} poll priorities", added);
    }
}
