package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.roadmap.Roadmap;
import ru.mcu.analytics.roadmap.Roadmaps;
import ru.mcu.analytics.roadmap.RootCause;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * In headless Chromium: the roads block head approves a roadmap waiting for him and reads the
 * complaints before and after on a roadmap whose measures are done; a block head writes what was
 * done this week for the weekly note and the head of the МЦУ returns it for correction.
 */
class RoadmapAndNoteBrowserTest extends IntegrationTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 9);

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Roadmaps roadmaps;
    @Autowired
    private ru.mcu.analytics.weeklynote.WeeklyNotes notes;

    @AfterEach
    void clean() {
        jdbc.update("delete from roadmap where title like 'RBR%'");
        CaseRows.deleteAll(jdbc, "RBR-");
        jdbc.update("delete from weekly_note_block_text where week_start = ?", java.sql.Date.valueOf(WEEK));
        jdbc.update("delete from weekly_note where week_start = ?", java.sql.Date.valueOf(WEEK));
    }

    private long roadmap(String title) {
        return roadmaps.create(new Roadmaps.Draft(title, "Жалобы на ямы в Березняках каждую весну", "test", "roads.potholes", "bereznyaki",
                "roads", RootCause.INFRASTRUCTURE_WEAR, "Разрушено основание покрытия", List.of()), "mcu-head");
    }

    @Test
    void shouldLetTheBlockHeadApproveARoadmapAndSeeTheComplaintsBeforeAndAfter() {
        long pending = roadmap("RBR Ямы на ул. Лесной");
        roadmaps.addMeasure(pending, "Ямочный ремонт", "roads-agency", LocalDate.of(2026, 12, 20));
        for (int i = 1; i <= 12; i++) {
            CaseRows.of("RBR-B" + i).rubric("roads.potholes").district("bereznyaki").received("2026-0" + (4 + i % 2) + "-1" + (i % 9) + " 10:00")
                    .insert(jdbc);
        }
        for (int i = 1; i <= 3; i++) {
            CaseRows.of("RBR-A" + i).rubric("roads.potholes").district("bereznyaki").received("2026-10-1" + i + " 10:00").insert(jdbc);
        }
        long done = roadmap("RBR Ямы в Березняках");
        long measure = roadmaps.addMeasure(done, "Ремонт покрытия", "roads-agency", LocalDate.of(2026, 9, 1));
        roadmaps.approve(done, "roads-head", Set.of("dept-roads-heads"));
        roadmaps.updateMeasure(done, measure, Roadmap.MeasureStatus.DONE, LocalDate.of(2026, 9, 1));
        jdbc.update("update roadmap set created_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-06-01 11:00")), done);
        jdbc.update("update roadmap_measure set done_at = ? where id = ?", Timestamp.from(CaseRows.local("2026-09-01 12:00")), measure);

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("roads-head", "demo");
            browser.awaitText("Сводка на утро");
            browser.open("http://localhost:" + port + "/analytics/roadmaps/" + pending);
            browser.awaitText("На утверждении у руководителя блока");
            assertThat(browser.driver().findElements(By.cssSelector("form.inline-measure"))).as("a block head does not edit measures").isEmpty();
            browser.screenshot("roadmap-pending-roads-head");
            browser.click(browser.await(By.cssSelector("#approval-form button[value='APPROVE']")));
            browser.awaitText("Сохранено.");
            assertThat(browser.await(By.id("roadmap-status")).getText()).isEqualTo("Утверждена, выполняется");
            assertThat(browser.driver().findElements(By.id("approval-form"))).isEmpty();

            browser.open("http://localhost:" + port + "/analytics/roadmaps/" + done);
            WebElement sentence = browser.await(By.id("effect-sentence"));
            assertThat(sentence.getText()).startsWith("После выполнения мер жалоб стало на 75 % меньше");
            assertThat(browser.driver().findElements(By.cssSelector("#effect svg"))).hasSize(1);
            assertThat(browser.await(By.id("root-cause")).getText()).isEqualTo("Износ инфраструктуры");
            browser.screenshot("roadmap-effect-roads-head");
            browser.click(browser.await(By.id("effect-before")));
            browser.awaitText("Обращения и сообщения за период");
            assertThat(browser.driver().getCurrentUrl()).contains("rubric=roads.potholes", "district=bereznyaki");
        }
        assertThat(roadmaps.get(pending).orElseThrow().approval().approvedBy()).isEqualTo("roads-head");
    }

    @Test
    void shouldLetABlockHeadWriteTheWeeksTextAndTheHeadOfTheMcuReturnIt() {
        String page = "http://localhost:" + port + "/analytics/notes/blocks?week=" + WEEK;
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("roads-head", "demo");
            browser.awaitText("Сводка на утро");
            browser.open(page);
            browser.type(By.cssSelector("#block-roads textarea[name='body']"), "Закрыто 14 ям на пр. Победы");
            browser.click(browser.await(By.cssSelector("#block-roads button[type='submit']")));
            browser.awaitText("Сохранено.");
            assertThat(browser.await(By.id("block-texts")).getText()).contains("Закрыто 14 ям на пр. Победы", "представлен");
            browser.screenshot("note-blocks-roads-head");
        }
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("mcu-head", "demo");
            browser.awaitText("Сводка на утро");
            browser.open(page);
            browser.type(By.cssSelector("#block-texts input[name='comment']"), "Добавьте, что с ливнёвкой");
            browser.click(browser.await(By.cssSelector("#block-texts button[type='submit']")));
            browser.awaitText("Сохранено.");
            assertThat(browser.await(By.id("block-texts")).getText()).contains("возвращён: Добавьте, что с ливнёвкой");
            browser.screenshot("note-blocks-mcu-head");
        }
    }

    /** Once the head of the МЦУ approved the note, a block head's late text is refused with the reason on the page. */
    @Test
    void shouldTellABlockHeadThatTheApprovedNoteNoLongerTakesTexts() {
        long id = notes.build(WEEK, null).id();
        notes.review(id, "mcu-head", "На контроль");
        String page = "http://localhost:" + port + "/analytics/notes/blocks?week=" + WEEK;
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("roads-head", "demo");
            browser.awaitText("Сводка на утро");
            browser.open(page);
            browser.awaitText("согласована руководителем МЦУ, направляется главе администрации");
            browser.type(By.cssSelector("#block-roads textarea[name='body']"), "Поздний текст");
            browser.click(browser.await(By.cssSelector("#block-roads button[type='submit']")));
            browser.awaitText("тексты блоков больше не меняются");
            assertThat(browser.await(By.tagName("main")).getText()).doesNotContain("Сохранено.");
            browser.screenshot("note-blocks-approved-roads-head");
        }
        assertThat(jdbc.queryForObject("select count(*) from weekly_note_block_text where week_start = ?", Long.class,
                java.sql.Date.valueOf(WEEK))).isZero();
    }
}
