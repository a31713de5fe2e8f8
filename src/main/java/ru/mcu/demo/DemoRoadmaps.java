package ru.mcu.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.roadmap.Roadmap;
import ru.mcu.analytics.roadmap.Roadmaps;
import ru.mcu.analytics.roadmap.RootCause;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.platform.time.LocalZone;

/**
 * The two roadmaps of the demo year, both approved by their block heads: the potholes of пр.
 * Победы (from the spring's cluster), whose measures were all done by the autumn, so its page
 * shows the complaints before and after; and the summer's waste collection in the centre (from
 * July's cluster), still in progress. Made through {@link Roadmaps} as the head of the МЦУ
 * makes them and the block heads approve them, then dated back to when they were drawn up; a
 * measure whose term passed is recorded as already escalated, as the escalation job would have
 * done at the time.
 */
@Component
class DemoRoadmaps {

    private final Roadmaps roadmaps;
    private final JdbcTemplate jdbc;

    DemoRoadmaps(Roadmaps roadmaps, JdbcTemplate jdbc) {
        this.roadmaps = roadmaps;
        this.jdbc = jdbc;
    }

    /** Creates both; {@code generated} gives the cases of the clusters behind them. */
    int create(List<HistoryGenerator.Generated> generated, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        List<HistoryGenerator.Generated> potholes = cluster(generated, "пр. Победы, 45");
        Instant potholesFrom = drawnUp(potholes, now, 150);
        long roads = roadmaps.create(new Roadmaps.Draft("Ямы на пр. Победы: ямочный и капитальный ремонт покрытия",
                "Каждую весну покрытие пр. Победы у дома 45 разрушается: за три недели " + potholes.size()
                        + " обращений и сообщений об ямах и повреждённых автомобилях. Ямочный ремонт держится до следующей зимы; "
                        + "причина — разрушенное основание и забитая ливнёвка.",
                "Кластер повторных жалоб: Ямы и разрушение дорожного покрытия — пр. Победы, 45", "roads.potholes", "center", "roads",
                RootCause.INFRASTRUCTURE_WEAR, "Разрушено основание покрытия, ливневая канализация под проезжей частью забита",
                numbers(potholes)), "mcu-head");
        roadmaps.approve(roads, "roads-head", Set.of(DepartmentGroups.headsGroup("roads")));
        measure(roads, "Обследовать участок пр. Победы, 40–60 и составить дефектную ведомость", "roads",
                day(potholesFrom, 14), Roadmap.MeasureStatus.DONE, potholesFrom, 10, now);
        measure(roads, "Выполнить ямочный ремонт картами на всём участке", "roads-agency",
                day(potholesFrom, 45), Roadmap.MeasureStatus.DONE, potholesFrom, 38, now);
        measure(roads, "Прочистить и отремонтировать ливневую канализацию под проезжей частью", "city-economy",
                day(potholesFrom, 100), Roadmap.MeasureStatus.DONE, potholesFrom, 95, now);
        measure(roads, "Включить капитальный ремонт покрытия в программу ремонта дорог на следующий год", "roads",
                day(potholesFrom, 120), Roadmap.MeasureStatus.DONE, potholesFrom, 112, now);
        Roadmap done = roadmaps.get(roads).orElseThrow();
        roadmaps.update(roads, new Roadmaps.Change(done.title(), done.problem(), Roadmap.Status.DONE, done.ownerDepartment(),
                done.rootCause(), done.rootCauseText()));
        dateBack(roads, potholesFrom);

        List<HistoryGenerator.Generated> waste = cluster(generated, "ул. Комсомольская, 190");
        Instant wasteFrom = drawnUp(waste, now, 110);
        long tko = roadmaps.create(new Roadmaps.Draft("Вывоз ТКО во дворах центра: график и контейнерные площадки",
                "Летом жители ул. Комсомольской, 190 и соседних домов неделями жалуются на переполненные контейнеры: "
                        + waste.size() + " обращений и сообщений за три недели. Площадки без ограждения, региональный оператор "
                        + "вывозит отходы реже, чем требует летний норматив.",
                "Кластер повторных жалоб: Вывоз ТКО — ул. Комсомольская, 190", "waste.collection", "center", "city-economy",
                RootCause.CONTRACTOR_BREACH, "Региональный оператор вывозит отходы реже летнего норматива", numbers(waste)), "mcu-head");
        roadmaps.approve(tko, "city-economy-head", Set.of(DepartmentGroups.headsGroup("city-economy")));
        measure(tko, "Согласовать с региональным оператором ежедневный вывоз в летний период", "city-economy",
                day(wasteFrom, 10), Roadmap.MeasureStatus.DONE, wasteFrom, 7, now);
        measure(tko, "Разместить график вывоза на информационных стендах во дворах", "internal-policy",
                day(wasteFrom, 21), Roadmap.MeasureStatus.DONE, wasteFrom, 19, now);
        measure(tko, "Оборудовать пять контейнерных площадок с ограждением и навесом", "city-economy",
                today.minusDays(5), Roadmap.MeasureStatus.IN_PROGRESS, wasteFrom, 0, now);
        measure(tko, "Рейды по соблюдению графика вывоза: ежемесячный отчёт", "city-monitoring",
                today.plusDays(30), Roadmap.MeasureStatus.IN_PROGRESS, wasteFrom, 0, now);
        dateBack(tko, wasteFrom);
        return 2;
    }

    private static List<HistoryGenerator.Generated> cluster(List<HistoryGenerator.Generated> generated, String address) {
        return generated.stream().filter(g -> g.plan.spot() != null && g.plan.spot().address().equals(address))
                .sorted(Comparator.comparing(g -> g.plan.receivedAt())).toList();
    }

    /** A few days after the cluster's last case, or {@code daysAgo} days back when there is none. */
    private static Instant drawnUp(List<HistoryGenerator.Generated> cluster, Instant now, int daysAgo) {
        Instant at = cluster.isEmpty() ? now.minus(Duration.ofDays(daysAgo))
                : cluster.get(cluster.size() - 1).plan.receivedAt().plus(Duration.ofDays(3));
        // drawn up at 11:00 local that day
        return LocalDate.ofInstant(at.isAfter(now) ? now : at, LocalZone.ZONE).atTime(11, 0).atZone(LocalZone.ZONE).toInstant();
    }

    private static List<String> numbers(List<HistoryGenerator.Generated> cluster) {
        return cluster.stream().map(g -> g.record.getNumber()).toList();
    }

    private static LocalDate day(Instant from, int days) {
        return LocalDate.ofInstant(from, LocalZone.ZONE).plusDays(days);
    }

    private void measure(long roadmap, String title, String department, LocalDate due, Roadmap.MeasureStatus status,
                         Instant created, int doneAfterDays, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        long id = roadmaps.addMeasure(roadmap, title, department, due);
        if (status != Roadmap.MeasureStatus.PLANNED) {
            roadmaps.updateMeasure(roadmap, id, status, due);
        }
        Timestamp createdAt = Timestamp.from(created.plus(Duration.ofMinutes(10)));
        Instant done = created.plus(Duration.ofDays(doneAfterDays));
        Timestamp doneAt = status == Roadmap.MeasureStatus.DONE
                ? Timestamp.from(done.isBefore(now) ? done : now.minus(Duration.ofHours(1))) : null;
        Timestamp updatedAt = doneAt != null ? doneAt : createdAt;
        // an open measure whose term has passed was escalated when it passed (RoadmapEscalation)
        jdbc.update("""
                update roadmap_measure set created_at = ?, updated_at = ?, done_at = ?,
                       notified_due_date = case when status in ('PLANNED', 'IN_PROGRESS') and due_date < ? then due_date end
                 where id = ?
                """, createdAt, updatedAt, doneAt, java.sql.Date.valueOf(today), id);
    }

    /** Drawn up at {@code created}, sent for approval then and approved by the block head the next working morning. */
    private void dateBack(long roadmap, Instant created) {
        Timestamp at = Timestamp.from(created);
        Timestamp approved = Timestamp.from(created.plus(Duration.ofHours(22)));
        jdbc.update("update roadmap set created_at = ?, submitted_at = ?, approved_at = ?, updated_at = ? where id = ?",
                at, at, approved, approved, roadmap);
    }
}
