package ru.mcu.workflow.weeklynote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.BLOCKS_LINK;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.BLOCK_TEXTS;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.NOTE_ID;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.REVIEW_COMMENT;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.REVIEW_DECISION;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.WEEK_START;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.Pages;
import ru.mcu.analytics.weeklynote.WeeklyNotes;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Mails;
import ru.mcu.workflow.weeklynote.WeeklyNoteProcess.ReviewDecision;

/**
 * The weekly note with the block heads' texts (Regulation 3.2.1): written on the page «Сведения
 * блоков», checked by the head of the МЦУ (a text returned for correction stays out of the note
 * until it is written again), approved in the process and delivered to the head of
 * administration by e-mail with the PDF attached and the link to the note's page kept.
 */
class WeeklyNoteDeliveryTest extends IntegrationTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 10, 5);
    private static final String ROADS = "Отремонтировано 120 м² покрытия на пр. Победы, закрыто 14 ям";
    private static final String WASTE = "Региональный оператор перешёл на ежедневный вывоз по ул. Комсомольской";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private WeeklyNotes notes;
    @LocalServerPort
    private int port;

    @BeforeEach
    void clean() {
        jdbc.update("delete from weekly_note_block_text where week_start = ?", java.sql.Date.valueOf(WEEK));
        jdbc.update("delete from weekly_note where week_start = ?", java.sql.Date.valueOf(WEEK));
        jdbc.update("delete from outbox_message where message_key like ?", "weekly-note:" + WEEK + "%");
    }

    @Test
    void shouldSendTheCheckedNoteWithTheBlockHeadsTextsAsAPdfAttachment() throws Exception {
        String page = "/analytics/notes/blocks?week=" + WEEK;
        Pages roadsHead = new Pages(port).login("roads-head");
        assertThat(roadsHead.get(page).body()).contains("block-roads").doesNotContain("block-city-economy");
        assertThat(roadsHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "roads", "body", ROADS)
                .statusCode()).isEqualTo(302);
        assertThat(roadsHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "city-economy", "body", "чужой")
                .statusCode()).as("a block head writes only for his own departments").isEqualTo(403);
        Pages wasteHead = new Pages(port).login("city-economy-head");
        wasteHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "city-economy", "body", "Черновик про мусор");

        ProcessInstance pi = runtime.createProcessInstanceByKey(WeeklyNoteProcess.KEY)
                .startBeforeActivity(WeeklyNoteProcess.Elements.BUILD).setVariables(variables().with(WEEK_START, WEEK.toString()).build()).execute();
        Task review = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat((String) tasks.getVariableLocal(review.getId(), BLOCK_TEXTS.name()))
                .contains("Департамент дорожного хозяйства и благоустройства", "Департамент городского хозяйства");
        assertThat((String) tasks.getVariable(review.getId(), BLOCKS_LINK.name())).endsWith(page);
        long noteId = Long.parseLong((String) tasks.getVariable(review.getId(), NOTE_ID.name()));

        Pages clerk = new Pages(port).login("roads-clerk");
        assertThat(clerk.submit(page, "/analytics/notes/blocks/return", "week", WEEK.toString(), "department", "city-economy",
                "comment", "нет").statusCode()).as("only the head of the МЦУ returns a text").isEqualTo(403);
        Pages mcuHead = new Pages(port).login("mcu-head");
        mcuHead.submit(page, "/analytics/notes/blocks/return", "week", WEEK.toString(), "department", "city-economy",
                "comment", "Напишите, что сделано, а не черновик");
        assertThat(mcuHead.get("/analytics/notes/" + noteId).body()).as("the draft note is rebuilt without the returned text")
                .contains(ROADS).doesNotContain("Черновик про мусор");
        assertThat(wasteHead.get(page).body()).contains("Возвращён на доработку", "Напишите, что сделано, а не черновик");
        wasteHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "city-economy", "body", WASTE);
        assertThat(mcuHead.get("/analytics/notes/" + noteId).body()).contains(ROADS, WASTE);

        tasks.claim(review.getId(), "mcu-head");
        tasks.complete(review.getId(), variables().with(REVIEW_DECISION, ReviewDecision.APPROVE)
                .with(REVIEW_COMMENT, "На контроль — дороги").build());
        // Task_SendNote is asynchronous: the job executor sends it
        await().atMost(Browser.WAIT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0);

        MimeMessage mail = await().atMost(Browser.WAIT).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).contains("аналитическая записка") && Mails.text(m).contains("/analytics/notes/" + noteId))
                .findFirst().orElse(null), m -> m != null);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("head-of-administration@mcu.example");
        assertThat(Mails.text(mail)).as("the link to the note's page is kept").contains("/analytics/notes/" + noteId, "во вложении",
                "На контроль — дороги");
        BodyPart pdf = attachment((MimeMultipart) mail.getContent());
        assertThat(pdf).as("a PDF attachment").isNotNull();
        assertThat(pdf.getFileName()).isEqualTo(WeeklyNotes.attachmentName(WEEK));
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        byte[] bytes;
        try (InputStream in = pdf.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Что сделано за неделю по направлениям", ROADS, WASTE).doesNotContain("Черновик про мусор");
        }

        assertThat(roadsHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "roads", "body", "поздно")
                .statusCode()).isEqualTo(302);
        assertThat(roadsHead.get(page).body()).as("a sent note's texts are kept as sent").contains("уже направлена", ROADS);
    }

    /**
     * Task_SendNote runs asynchronously: between the approval and the send a block head may still
     * open the page. His text is refused, the approved note is not rebuilt, and the head of
     * administration receives what was approved, with the comment.
     */
    @Test
    void shouldKeepTheApprovedNoteAndItsCommentUntilItIsSent() throws Exception {
        String page = "/analytics/notes/blocks?week=" + WEEK;
        Pages roadsHead = new Pages(port).login("roads-head");
        roadsHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "roads", "body", ROADS);
        ProcessInstance pi = runtime.createProcessInstanceByKey(WeeklyNoteProcess.KEY)
                .startBeforeActivity(WeeklyNoteProcess.Elements.BUILD).setVariables(variables().with(WEEK_START, WEEK.toString()).build()).execute();
        Task review = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        long noteId = Long.parseLong((String) tasks.getVariable(review.getId(), NOTE_ID.name()));
        String approvedHtml = notes.html(noteId).orElseThrow();

        JobDefinition send = management.createJobDefinitionQuery().processDefinitionId(pi.getProcessDefinitionId())
                .activityIdIn(WeeklyNoteProcess.Elements.SEND).singleResult();
        management.suspendJobDefinitionById(send.getId(), true);
        try {
            tasks.claim(review.getId(), "mcu-head");
            tasks.complete(review.getId(), variables().with(REVIEW_DECISION, ReviewDecision.APPROVE)
                    .with(REVIEW_COMMENT, "На контроль — дороги").build());

            assertThat(roadsHead.submit(page, "/analytics/notes/blocks", "week", WEEK.toString(), "department", "roads",
                    "body", "Исправленный текст после согласования").statusCode()).isEqualTo(302);
            assertThat(roadsHead.get(page).body()).as("the refusal names its reason on the page")
                    .contains("уже согласована руководителем МЦУ", "согласована руководителем МЦУ, направляется главе администрации", ROADS)
                    .doesNotContain("Исправленный текст после согласования");
            Pages mcuHead = new Pages(port).login("mcu-head");
            mcuHead.submit(page, "/analytics/notes/blocks/return", "week", WEEK.toString(), "department", "roads", "comment", "поздно");
            assertThat(mcuHead.get(page).body()).as("an approved note's texts are not returned either")
                    .contains("уже согласована руководителем МЦУ").doesNotContain("возвращён: поздно");
            notes.refresh(WEEK);
            WeeklyNotes.Archived approved = notes.get(noteId).orElseThrow();
            assertThat(approved.reviewComment()).as("a refresh leaves a reviewed note alone").isEqualTo("На контроль — дороги");
            assertThat(approved.reviewedBy()).isEqualTo("mcu-head");
            assertThat(notes.html(noteId).orElseThrow()).isEqualTo(approvedHtml);
        } finally {
            management.activateJobDefinitionById(send.getId(), true);
        }
        await().atMost(Browser.WAIT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0);

        MimeMessage mail = await().atMost(Browser.WAIT).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).contains("аналитическая записка") && Mails.text(m).contains("/analytics/notes/" + noteId))
                .findFirst().orElse(null), m -> m != null);
        assertThat(Mails.text(mail)).as("the comment of the approval reaches the head of administration").contains("На контроль — дороги");
        try (InputStream in = attachment((MimeMultipart) mail.getContent()).getInputStream();
             PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(ROADS).doesNotContain("Исправленный текст после согласования");
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static BodyPart attachment(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof MimeMultipart inner) {
                BodyPart found = attachment(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
