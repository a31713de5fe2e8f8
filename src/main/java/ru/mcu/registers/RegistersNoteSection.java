package ru.mcu.registers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.weeklynote.NoteSection;

/**
 * The registers' section of the weekly note: the recommendations whose term falls in the week or
 * that changed in it, the proposals and best practices whose status changed, and the poll
 * priorities put forward or moved on. Read from {@code register_event}, so a note rebuilt later
 * still tells what happened in its week.
 */
@Component
@Order(100)
class RegistersNoteSection implements NoteSection {

    static final String TITLE = "Рекомендации, предложения по цифровизации и приоритеты для опросов";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int SHORT = 220;

    private final NamedParameterJdbcTemplate jdbc;
    private final Recommendations recommendations;
    private final Proposals proposals;
    private final PollPriorities polls;

    RegistersNoteSection(NamedParameterJdbcTemplate jdbc, Recommendations recommendations, Proposals proposals, PollPriorities polls) {
        this.jdbc = jdbc;
        this.recommendations = recommendations;
        this.proposals = proposals;
        this.polls = polls;
    }

    @Override
    @Transactional(readOnly = true)
    public Content content(Period week) {
        return new Content(TITLE, List.of(recommendationsTable(week), proposalsTable(week), pollsTable(week)));
    }

    private Table recommendationsTable(Period week) {
        Map<Long, List<String>> changes = changes(RegisterEvents.Register.RECOMMENDATION, week, false);
        List<Long> due = jdbc.queryForList("select id from recommendation where due_date between :from and :to order by due_date, id",
                new MapSqlParameterSource("from", Date.valueOf(week.from())).addValue("to", Date.valueOf(week.to())), Long.class);
        Map<Long, List<String>> shown = new LinkedHashMap<>();
        due.forEach(id -> shown.put(id, new ArrayList<>(List.of("срок на этой неделе"))));
        changes.forEach((id, what) -> shown.computeIfAbsent(id, k -> new ArrayList<>()).addAll(what));
        List<List<String>> rows = new ArrayList<>();
        shown.forEach((id, what) -> recommendations.get(id).ifPresent(r -> rows.add(List.of(String.valueOf(r.id()), shorten(r.text()),
                r.addressee(), DAY.format(r.dueDate()), r.status().title(), String.join("; ", what)))));
        return new Table("Рекомендации ответственным получателям: срок на этой неделе или изменения за неделю",
                List.of("№", "Рекомендация", "Адресат", "Срок", "Состояние", "За неделю"), List.of(0.6f, 5f, 3f, 1.4f, 1.4f, 3.5f), rows,
                "Рекомендаций со сроком на этой неделе и изменений в них нет.");
    }

    private Table proposalsTable(Period week) {
        Map<Long, List<String>> changes = changes(RegisterEvents.Register.PROPOSAL, week, true);
        List<List<String>> rows = new ArrayList<>();
        changes.forEach((id, what) -> proposals.get(id).ifPresent(p -> rows.add(List.of(String.valueOf(p.id()), p.title(),
                p.kind().title(), p.source(), p.status().title(), String.join("; ", what),
                p.effectMeasured() != null ? "достигнут: " + p.effectMeasured() : p.effectExpected() == null ? "—" : "ожидается: " + p.effectExpected()))));
        return new Table("Предложения по цифровизации и лучшие практики, изменившие состояние за неделю",
                List.of("№", "Предложение", "Вид", "Источник", "Состояние", "За неделю", "Эффект"), List.of(0.6f, 3.5f, 2f, 2.4f, 1.6f, 3f, 3f),
                rows, "Изменений состояния предложений и практик за неделю нет.");
    }

    private Table pollsTable(Period week) {
        Map<Long, List<String>> changes = changes(RegisterEvents.Register.POLL_PRIORITY, week, true);
        List<List<String>> rows = new ArrayList<>();
        changes.forEach((id, what) -> polls.get(id).ifPresent(p -> rows.add(List.of(p.rank() == null ? "—" : String.valueOf(p.rank()),
                p.title(), String.valueOf(p.count()), shorten(p.question()), p.status().title(), String.join("; ", what)))));
        return new Table("Приоритеты для опросов и голосований граждан: внесены или изменили состояние за неделю",
                List.of("Место", "Проблемная точка", "Обращений и сообщений", "Вопрос для опроса", "Состояние", "За неделю"),
                List.of(0.8f, 3f, 1.2f, 5f, 1.6f, 3f), rows, "Изменений в приоритетах для опросов за неделю нет.");
    }

    /** What happened to each entry of a register in the week, oldest first; only status changes when asked. */
    private Map<Long, List<String>> changes(RegisterEvents.Register register, Period week, boolean statusOnly) {
        Map<Long, List<String>> changes = new LinkedHashMap<>();
        jdbc.query("""
                select entry_id, occurred_at, action, status_from, status_to, detail from register_event
                 where register = :register and occurred_at >= :from and occurred_at < :to
                 order by occurred_at, id
                """, new MapSqlParameterSource("register", register.name()).addValue("from", Timestamp.from(week.start()))
                .addValue("to", Timestamp.from(week.end())), rs -> {
                    String from = rs.getString("status_from");
                    String to = rs.getString("status_to");
                    boolean statusChanged = from == null || !from.equals(to);
                    if (statusOnly && !statusChanged) {
                        return;
                    }
                    String day = DAY.format(LocalDate.ofInstant(rs.getTimestamp("occurred_at").toInstant(), ru.mcu.platform.time.LocalZone.ZONE));
                    String what = "CREATED".equals(rs.getString("action")) ? "внесено"
                            : statusOnly ? "«" + title(register, from) + "» → «" + title(register, to) + "»" : rs.getString("detail");
                    changes.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(day + ": " + what);
                });
        return changes;
    }

    private static String title(RegisterEvents.Register register, String status) {
        return switch (register) {
            case RECOMMENDATION -> Recommendation.Status.valueOf(status).title();
            case PROPOSAL -> Proposal.Status.valueOf(status).title();
            case POLL_PRIORITY -> PollPriority.Status.valueOf(status).title();
        };
    }

    private static String shorten(String text) {
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1) + "…";
    }
}
