package ru.mcu.analytics.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.Pages;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.support.IntegrationTest;

/**
 * A roadmap is approved by the block head of its responsible department before it is in
 * progress, records its root cause, and once its measures are done shows the complaints on its
 * topic and place before and after.
 */
class RoadmapApprovalAndEffectTest extends IntegrationTest {

    @Autowired
    private Roadmaps roadmaps;
    @Autowired
    private RoadmapEffects effects;
    @Autowired
    private RoadmapEscalation escalation;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ru.mcu.directory.Directory directory;
    @LocalServerPort
    private int port;

    @BeforeEach
    void clean() {
        jdbc.update("delete from roadmap where title like 'T-RM%'");
        CaseRows.deleteAll(jdbc, "T-RM-");
    }

    private long draft(String title, List<String> numbers) {
        return roadmaps.create(new Roadmaps.Draft(title, "Повторные жалобы на ямы в Ёлочках", "test", "roads.potholes", "yolochki", "roads",
                RootCause.INFRASTRUCTURE_WEAR, "Разрушено основание", numbers), "mcu-head");
    }

    @Test
    void shouldRefuseARoadmapWithoutRootCauseOrOwnerNamingTheFields() {
        assertThatThrownBy(() -> roadmaps.create(new Roadmaps.Draft("T-RM без причины", "Проблема", null, null, null, null, null, null,
                List.of()), "mcu-head"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("owner", "rootCause"));
        assertThatThrownBy(() -> roadmaps.create(new Roadmaps.Draft("T-RM иное", "Проблема", null, null, null, "roads", RootCause.OTHER, " ",
                List.of()), "mcu-head"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("rootCauseText"));
        assertThat(jdbc.queryForObject("select count(*) from roadmap where title like 'T-RM%'", Long.class)).isZero();
    }

    @Test
    void shouldWaitForTheBlockHeadsApprovalBeforeTheRoadmapIsInProgress() {
        long id = draft("T-RM Ямы в Ёлочках", List.of());
        long measure = roadmaps.addMeasure(id, "Ямочный ремонт", "roads", LocalDate.of(2026, 1, 10));
        Roadmap pending = roadmaps.get(id).orElseThrow();
        assertThat(pending.status()).isEqualTo(Roadmap.Status.PENDING_APPROVAL);
        assertThat(pending.rootCause()).isEqualTo(RootCause.INFRASTRUCTURE_WEAR);
        assertThat(escalation.escalateOverdue()).as("a roadmap not approved is not in progress: its measures are not escalated").isZero();
        assertThatThrownBy(() -> roadmaps.update(id, new Roadmaps.Change("T-RM Ямы в Ёлочках", "p", Roadmap.Status.ACTIVE, "roads",
                RootCause.INFRASTRUCTURE_WEAR, null)))
                .as("the head of the МЦУ cannot start it himself").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));

        String path = "/analytics/roadmaps/" + id;
        Pages other = new Pages(port).login("city-economy-head");
        assertThat(other.get(path).body()).doesNotContain("approval-form");
        assertThat(other.submit(path, path + "/approval", "decision", "APPROVE").statusCode())
                .as("a block head of another department").isEqualTo(403);
        Pages mcuHead = new Pages(port).login("mcu-head");
        assertThat(mcuHead.submit(path, path + "/approval", "decision", "APPROVE").statusCode()).isEqualTo(403);

        Pages head = new Pages(port).login("roads-head");
        assertThat(head.get(path).body()).contains("approval-form", "На утверждении");
        head.submit(path, path + "/approval", "decision", "RETURN", "comment", "");
        assertThat(head.get(path).body()).as("a return needs a comment").contains("Напишите, что исправить");
        assertThat(roadmaps.get(id).orElseThrow().status()).isEqualTo(Roadmap.Status.PENDING_APPROVAL);

        assertThat(head.submit(path, path + "/approval", "decision", "RETURN", "comment", "Добавьте меру по ливнёвке").statusCode())
                .isEqualTo(302);
        Roadmap returned = roadmaps.get(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(Roadmap.Status.DRAFT);
        assertThat(returned.approval().returned()).isTrue();
        assertThat(mcuHead.get(path).body()).contains("Возвращена на доработку", "Добавьте меру по ливнёвке");

        assertThat(mcuHead.submit(path, path, "title", "T-RM Ямы в Ёлочках", "problem", "С ливнёвкой", "owner", "roads",
                "rootCause", "INFRASTRUCTURE_WEAR", "rootCauseText", "", "status", "PENDING_APPROVAL").statusCode()).isEqualTo(302);
        assertThat(roadmaps.get(id).orElseThrow().status()).isEqualTo(Roadmap.Status.PENDING_APPROVAL);
        head.submit(path, path + "/approval", "decision", "APPROVE");
        Roadmap approved = roadmaps.get(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(Roadmap.Status.ACTIVE);
        assertThat(approved.approval().approvedBy()).isEqualTo("roads-head");
        assertThat(approved.approval().returned()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key like ?", Long.class,
                "roadmap-measure-overdue:" + measure + ":%")).isZero();
        assertThat(escalation.escalateOverdue()).as("approved: its overdue measure is escalated").isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key like ?", Long.class,
                "roadmap-measure-overdue:" + measure + ":%")).isEqualTo(1);
    }

    /** An approved roadmap without an owner (migrated so) is still closed; it gets no owner afterwards. */
    @Test
    void shouldCloseAnApprovedRoadmapThatHasNoOwner() {
        long id = draft("T-RM без исполнителя", List.of());
        jdbc.update("update roadmap set status = 'ACTIVE', owner_department = null, approved_by = 'mcu-head', approved_at = created_at where id = ?", id);
        roadmaps.update(id, new Roadmaps.Change("T-RM без исполнителя", "p", Roadmap.Status.CANCELLED, "", RootCause.INFRASTRUCTURE_WEAR, null));
        assertThat(roadmaps.get(id).orElseThrow().status()).isEqualTo(Roadmap.Status.CANCELLED);
        roadmaps.update(id, new Roadmaps.Change("T-RM без исполнителя", "p", Roadmap.Status.DONE, null, RootCause.INFRASTRUCTURE_WEAR, null));
        assertThat(roadmaps.get(id).orElseThrow().status()).isEqualTo(Roadmap.Status.DONE);
        assertThatThrownBy(() -> roadmaps.update(id, new Roadmaps.Change("T-RM без исполнителя", "p", Roadmap.Status.DONE, "roads",
                RootCause.INFRASTRUCTURE_WEAR, null))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("owner"));
        assertThat(roadmaps.get(id).orElseThrow().ownerDepartment()).isNull();
    }

    /** The owner's department was deactivated after the approval: the roadmap is still marked done. */
    @Test
    void shouldCloseAnApprovedRoadmapWhoseOwnerWasDeactivated() {
        jdbc.update("insert into department (code, name, block_head_name, block_head_email, active) values "
                + "('t-rm-gone', 'Упразднённый департамент', 'Иванов И. И.', 'gone@mcu.example', false) on conflict do nothing");
        ReflectionTestUtils.setField(directory, "snapshot", null);
        try {
            long id = draft("T-RM упразднённый", List.of());
            jdbc.update("update roadmap set status = 'ACTIVE', owner_department = 't-rm-gone', approved_by = 'roads-head', "
                    + "approved_at = created_at where id = ?", id);
            roadmaps.update(id, new Roadmaps.Change("T-RM упразднённый", "p", Roadmap.Status.DONE, "t-rm-gone",
                    RootCause.INFRASTRUCTURE_WEAR, null));
            assertThat(roadmaps.get(id).orElseThrow().status()).isEqualTo(Roadmap.Status.DONE);

            long other = draft("T-RM черновик к упразднённому", List.of());
            assertThatThrownBy(() -> roadmaps.update(other, new Roadmaps.Change("T-RM черновик к упразднённому", "p",
                    Roadmap.Status.PENDING_APPROVAL, "t-rm-gone", RootCause.INFRASTRUCTURE_WEAR, null)))
                    .as("a new owner must be an active department").isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("owner"));
        } finally {
            jdbc.update("delete from roadmap where owner_department = 't-rm-gone'");
            jdbc.update("delete from department where code = 't-rm-gone'");
            ReflectionTestUtils.setField(directory, "snapshot", null);
        }
    }

    @Test
    void shouldCompareTheComplaintsBeforeAndAfterOnceTheMeasuresAreDone() {
        for (int i = 1; i <= 10; i++) {
            CaseRows.of("T-RM-B" + i).rubric("roads.potholes").district("yolochki").received("2026-04-" + (10 + i) + " 10:00").insert(jdbc);
        }
        for (int i = 1; i <= 4; i++) {
            CaseRows.of("T-RM-A" + i).rubric("roads.potholes").district("yolochki").received("2026-10-" + (10 + i) + " 10:00").insert(jdbc);
        }
        CaseRows.of("T-RM-X1").rubric("roads.potholes").district("center").received("2026-10-12 10:00").insert(jdbc);
        CaseRows.of("T-RM-X2").rubric("waste.collection").district("yolochki").received("2026-10-12 10:00").insert(jdbc);
        long id = draft("T-RM Ямы в Ёлочках: эффект", List.of("T-RM-B1"));
        long first = roadmaps.addMeasure(id, "Обследование", "roads", LocalDate.of(2026, 7, 1));
        long second = roadmaps.addMeasure(id, "Ремонт", "roads-agency", LocalDate.of(2026, 9, 1));
        roadmaps.approve(id, "roads-head", Set.of("dept-roads-heads"));
        jdbc.update("update roadmap set created_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-06-01 11:00")), id);

        assertThat(effects.of(roadmaps.get(id).orElseThrow()).state()).isEqualTo(RoadmapEffects.State.MEASURES_OPEN);
        roadmaps.updateMeasure(id, first, Roadmap.MeasureStatus.DONE, LocalDate.of(2026, 7, 1));
        roadmaps.updateMeasure(id, second, Roadmap.MeasureStatus.DONE, LocalDate.of(2026, 9, 1));
        jdbc.update("update roadmap_measure set done_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-07-01 12:00")), first);
        jdbc.update("update roadmap_measure set done_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-09-01 12:00")), second);

        RoadmapEffects.Effect effect = effects.of(roadmaps.get(id).orElseThrow());
        // 2026-09-02 .. 2026-11-17 (today 18.11 not counted): 77 days, 11 whole weeks
        assertThat(effect.state()).isEqualTo(RoadmapEffects.State.SHOWN);
        assertThat(effect.weeks()).isEqualTo(11);
        assertThat(effect.before().to()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(effect.after().from()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(effect.beforeCount()).isEqualTo(10);
        assertThat(effect.afterCount()).as("other places and topics are not counted").isEqualTo(4);
        assertThat(effect.sentence()).startsWith("После выполнения мер жалоб стало на 60 % меньше");
        assertThat(effect.chart().dots()).as("a point per week on each side").hasSize(22);

        Pages head = new Pages(port).login("roads-head");
        String page = head.get("/analytics/roadmaps/" + id).body();
        assertThat(page).contains("жалоб стало на 60 % меньше", "Износ инфраструктуры", "<svg",
                "/analytics/cases?from=2026-03-16&amp;to=2026-05-31&amp;rubric=roads.potholes&amp;district=yolochki");
        String before = new Pages(port).login("mcu-head").get("/analytics/cases?from=2026-03-16&to=2026-05-31&rubric=roads.potholes&district=yolochki")
                .body();
        assertThat(before).contains("T-RM-B1", "T-RM-B10").doesNotContain("T-RM-A1");

        jdbc.update("delete from cases where number like 'T-RM-B%' and number <> 'T-RM-B1' and number <> 'T-RM-B2'");
        RoadmapEffects.Effect few = effects.of(roadmaps.get(id).orElseThrow());
        assertThat(few.state()).isEqualTo(RoadmapEffects.State.TOO_FEW);
        assertThat(few.sentence()).startsWith("Данных недостаточно: 2 до начала работ и 4 после");
    }

    @Test
    void shouldCompareTheAreaOfTheLinkedCasesWhenTheyAreOnTheMap() {
        for (int i = 1; i <= 8; i++) {
            CaseRows.of("T-RM-N" + i).rubric("roads.potholes").district("yolochki").received("2026-05-1" + i + " 10:00")
                    .place(47.0800 + i * 0.0002, 142.6300, "ул. Лесная, " + i).insert(jdbc);
        }
        for (int i = 1; i <= 2; i++) {
            CaseRows.of("T-RM-M" + i).rubric("roads.potholes").district("yolochki").received("2026-10-1" + i + " 10:00")
                    .place(47.0801, 142.6301, "ул. Лесная, 1").insert(jdbc);
        }
        for (int i = 1; i <= 5; i++) {
            // the same district and topic two kilometres away: not the roadmap's place
            CaseRows.of("T-RM-F" + i).rubric("roads.potholes").district("yolochki").received("2026-10-1" + i + " 12:00")
                    .place(47.0990, 142.6300, "ул. Дальняя, 3").insert(jdbc);
        }
        long id = draft("T-RM Ямы на ул. Лесной", List.of("T-RM-N1", "T-RM-N8"));
        long measure = roadmaps.addMeasure(id, "Ремонт", "roads", LocalDate.of(2026, 9, 1));
        roadmaps.approve(id, "roads-head", Set.of("dept-roads-heads"));
        roadmaps.updateMeasure(id, measure, Roadmap.MeasureStatus.DONE, LocalDate.of(2026, 9, 1));
        jdbc.update("update roadmap set created_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-06-01 11:00")), id);
        jdbc.update("update roadmap_measure set done_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-09-01 12:00")), measure);

        RoadmapEffects.Effect effect = effects.of(roadmaps.get(id).orElseThrow());
        assertThat(effect.beforeCount()).isEqualTo(8);
        assertThat(effect.afterCount()).as("the cases two kilometres away are not counted").isEqualTo(2);
        assertThat(effect.sentence()).startsWith("После выполнения мер жалоб стало на 75 % меньше");
        assertThat(effect.place()).contains("300 м");
        assertThat(effect.afterHref()).contains("bbox=");
    }

    @Test
    void shouldSayItInPlainRussian() {
        assertThat(RoadmapEffects.sentence(20, 12, 8)).isEqualTo(
                "После выполнения мер жалоб стало на 40 % меньше: 12 за 8 недель после против 20 за столько же недель до начала работ.");
        assertThat(RoadmapEffects.sentence(10, 15, 2)).startsWith("После выполнения мер жалоб стало на 50 % больше: 15 за 2 недели");
        assertThat(RoadmapEffects.sentence(5, 5, 1)).startsWith("После выполнения мер жалоб столько же: 5 за 1 неделю");
        assertThat(RoadmapEffects.weeksText(11)).isEqualTo("11 недель");
        assertThat(RoadmapEffects.weeksText(21)).isEqualTo("21 неделю");
    }
}
