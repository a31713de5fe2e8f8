package ru.mcu.regional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.attachments.CheckedFile;
import ru.mcu.attachments.FileType;
import ru.mcu.attachments.FileUploads;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.security.audit.AuditLog;

/**
 * The register of the ЦУР's requests: reads, adds and changes requests and their files, checking
 * every field at once (400 naming each wrong one, nothing written), computing the term on the
 * production calendar, and writing an audit entry for every change.
 */
@Service
@Transactional
public class RegionalRequests {

    static final int MAX_SUBJECT = 1000;
    static final int MAX_NUMBER = 100;
    static final int MAX_PERSON = 300;
    static final int MAX_ANSWER = 20000;
    static final int MAX_FILES = 20;
    /** Where the audit says the change was made. */
    static final String SURFACE = "/analytics/regional/requests";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final TermArithmetic terms;
    private final FileUploads uploads;
    private final AuditLog audit;
    private final RegionalProperties properties;
    private final Clock clock;

    RegionalRequests(NamedParameterJdbcTemplate jdbc, Directory directory, TermArithmetic terms, FileUploads uploads, AuditLog audit,
                     RegionalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.terms = terms;
        this.uploads = uploads;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Today in Yuzhno-Sakhalinsk. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
    }

    /** The configured term in working days. */
    public int defaultTermDays() {
        return properties.requestTermWorkingDays();
    }

    /** The end of a term of {@code days} working days after the day {@code received}: the date of its last working day. */
    public LocalDate dueAfter(LocalDate received, int days) {
        Instant start = received.atTime(LocalTime.NOON).atZone(LocalZone.ZONE).toInstant();
        return LocalDate.ofInstant(terms.afterWorkingDays(start, days), LocalZone.ZONE);
    }

    /** Every request, newest received first, optionally only those of one status (as of today). */
    @Transactional(readOnly = true)
    public List<RegionalRequest> list(RequestStatus status) {
        LocalDate today = today();
        List<RegionalRequest> all = jdbc.query(SELECT + " order by r.received_on desc, r.id desc", new MapSqlParameterSource(), row(Map.of()));
        return status == null ? all : all.stream().filter(r -> r.status(today) == status).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegionalRequest> find(long id) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id);
        Map<Long, List<RegionalRequest.FileInfo>> files = new LinkedHashMap<>();
        jdbc.query("select id, request_id, file_name, file_type, size_bytes, uploaded_at, uploaded_by from regional_request_file"
                + " where request_id = :id order by uploaded_at, id", p, rs -> {
                    files.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(new RegionalRequest.FileInfo(rs.getLong("id"),
                            rs.getString("file_name"), rs.getString("file_type"), rs.getLong("size_bytes"),
                            rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")));
                });
        return jdbc.query(SELECT + " where r.id = :id", p, row(files)).stream().findFirst();
    }

    /** Adds a request; 400 with every wrong field, nothing written. */
    public RegionalRequest create(RequestForm form, String user) {
        Checked c = check(form);
        Instant now = clock.instant();
        MapSqlParameterSource p = c.params().addValue("at", Timestamp.from(now)).addValue("by", user);
        Long id = jdbc.queryForObject("""
                insert into regional_request (received_on, incoming_number, subject, term_working_days, due_on, responsible_department,
                       responsible_person, answer_text, answered_on, created_at, created_by, updated_at, updated_by)
                values (:receivedOn, :incomingNumber, :subject, :termWorkingDays, :dueOn, :responsibleDepartment,
                       :responsiblePerson, :answerText, :answeredOn, :at, :by, :at, :by) returning id
                """, p, Long.class);
        RegionalRequest saved = find(Objects.requireNonNull(id)).orElseThrow();
        audit.record(user, AuditAction.REGIONAL_REQUEST_CHANGE, SURFACE, null, "Запрос ЦУР №" + id + " внесён: «" + shorten(saved.subject())
                + "», поступил " + DAY.format(saved.receivedOn()) + ", срок " + DAY.format(saved.dueOn()) + termWords(saved)
                + ", ответственный: " + saved.responsible() + (saved.answeredOn() == null ? "" : ", ответ " + DAY.format(saved.answeredOn())));
        return saved;
    }

    /** Changes a request; 400 with every wrong field, nothing written; empty when there is no such request. */
    public Optional<RegionalRequest> update(long id, RequestForm form, String user) {
        Optional<RegionalRequest> before = find(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Checked c = check(form);
        MapSqlParameterSource p = c.params().addValue("id", id).addValue("at", Timestamp.from(clock.instant())).addValue("by", user);
        jdbc.update("""
                update regional_request set received_on = :receivedOn, incoming_number = :incomingNumber, subject = :subject,
                       term_working_days = :termWorkingDays, due_on = :dueOn, responsible_department = :responsibleDepartment,
                       responsible_person = :responsiblePerson, answer_text = :answerText, answered_on = :answeredOn,
                       updated_at = :at, updated_by = :by
                 where id = :id
                """, p);
        RegionalRequest after = find(id).orElseThrow();
        List<String> changed = changes(before.get(), after);
        audit.record(user, AuditAction.REGIONAL_REQUEST_CHANGE, SURFACE, null, "Запрос ЦУР №" + id + " изменён: "
                + (changed.isEmpty() ? "без изменений" : String.join("; ", changed)));
        return Optional.of(after);
    }

    /** Adds a file to a request after the checks of a case's files; 400 naming {@code file.*}; empty when there is no such request. */
    public Optional<RegionalRequest.FileInfo> addFile(long id, String name, String declaredType, byte[] content, String user) {
        if (find(id).isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        CheckedFile file = content == null ? null : uploads.check("file", name, declaredType, content, errors);
        if (content == null) {
            errors.add(new FieldError("file.content", "Выберите файл"));
        }
        Integer count = jdbc.queryForObject("select count(*) from regional_request_file where request_id = :id",
                new MapSqlParameterSource("id", id), Integer.class);
        if (count != null && count >= MAX_FILES) {
            errors.add(new FieldError("file", "У запроса уже " + MAX_FILES + " файлов"));
        }
        if (!errors.isEmpty() || file == null) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        Long fileId = jdbc.queryForObject("""
                insert into regional_request_file (request_id, file_name, file_type, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
                values (:id, :name, :type, :contentType, :size, :sha, :content, :at, :by) returning id
                """, new MapSqlParameterSource("id", id).addValue("name", file.name()).addValue("type", file.type().name())
                .addValue("contentType", file.type().mediaType()).addValue("size", file.size()).addValue("sha", file.sha256())
                .addValue("content", file.content()).addValue("at", Timestamp.from(now)).addValue("by", user), Long.class);
        audit.record(user, AuditAction.REGIONAL_REQUEST_CHANGE, SURFACE, null, "Запрос ЦУР №" + id + ": добавлен файл «" + file.name()
                + "» (" + file.type().name() + ", " + file.size() + " байт)");
        return Optional.of(new RegionalRequest.FileInfo(Objects.requireNonNull(fileId), file.name(), file.type().name(), file.size(), now, user));
    }

    /** A stored file of the request. */
    public record StoredFile(String name, FileType type, String sha256, byte[] content) {
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> file(long requestId, long fileId) {
        return jdbc.query("select file_name, file_type, sha256, content from regional_request_file where id = :file and request_id = :id",
                new MapSqlParameterSource("id", requestId).addValue("file", fileId),
                (rs, i) -> new StoredFile(rs.getString("file_name"), FileType.valueOf(rs.getString("file_type")), rs.getString("sha256"),
                        rs.getBytes("content"))).stream().findFirst();
    }

    /** The fields after their checks, as SQL parameters. */
    private record Checked(MapSqlParameterSource params) {
    }

    private Checked check(RequestForm f) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        LocalDate received = date("receivedOn", f.receivedOn(), true, errors);
        if (received != null && received.isAfter(today)) {
            errors.add(new FieldError("receivedOn", "Дата поступления позже сегодняшней"));
            received = null;
        }
        String number = text("incomingNumber", f.incomingNumber(), MAX_NUMBER, false, errors);
        String subject = text("subject", f.subject(), MAX_SUBJECT, true, errors);
        LocalDate due = date("dueOn", f.dueOn(), false, errors);
        Integer days = null;
        if (due == null && !blank(f.dueOn())) {
            // the entered date was wrong: its error is enough
        } else if (due == null) {
            days = blank(f.termWorkingDays()) ? properties.requestTermWorkingDays() : number("termWorkingDays", f.termWorkingDays(), errors);
            if (days != null && received != null) {
                due = dueAfter(received, days);
            }
        } else if (received != null && due.isBefore(received)) {
            errors.add(new FieldError("dueOn", "Срок раньше даты поступления"));
        }
        String department = blank(f.responsibleDepartment()) ? null : f.responsibleDepartment().strip();
        if (department != null && directory.department(department).isEmpty()) {
            errors.add(new FieldError("responsibleDepartment", "Нет такого подразделения: " + shorten(department)));
        }
        String person = text("responsiblePerson", f.responsiblePerson(), MAX_PERSON, false, errors);
        if (department == null && person == null && errors.stream().noneMatch(e -> e.field().startsWith("responsible"))) {
            errors.add(new FieldError("responsibleDepartment", "Укажите ответственное подразделение или ответственного сотрудника"));
        }
        String answer = text("answerText", f.answerText(), MAX_ANSWER, false, errors);
        LocalDate answered = date("answeredOn", f.answeredOn(), false, errors);
        if (answered != null) {
            if (answered.isAfter(today)) {
                errors.add(new FieldError("answeredOn", "Дата ответа позже сегодняшней"));
            } else if (received != null && answered.isBefore(received)) {
                errors.add(new FieldError("answeredOn", "Дата ответа раньше даты поступления"));
            }
            if (answer == null && !errors.stream().anyMatch(e -> e.field().equals("answerText"))) {
                errors.add(new FieldError("answerText", "Укажите, что ответили (текст или краткое содержание ответа)"));
            }
        } else if (answer != null && blank(f.answeredOn())) {
            errors.add(new FieldError("answeredOn", "Укажите дату ответа"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(new MapSqlParameterSource()
                .addValue("receivedOn", Date.valueOf(received)).addValue("incomingNumber", number).addValue("subject", subject)
                .addValue("termWorkingDays", days).addValue("dueOn", Date.valueOf(due))
                .addValue("responsibleDepartment", department).addValue("responsiblePerson", person)
                .addValue("answerText", answer).addValue("answeredOn", answered == null ? null : Date.valueOf(answered)));
    }

    private static LocalDate date(String field, String value, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "Укажите дату"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Ожидается дата ГГГГ-ММ-ДД: " + shorten(value)));
            return null;
        }
    }

    private static Integer number(String field, String value, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 365) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.add(new FieldError(field, "Срок — целое число рабочих дней от 1 до 365"));
        return null;
    }

    private static String text(String field, String value, int max, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "Обязательное поле"));
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "Не длиннее " + max + " символов"));
            return null;
        }
        if (v.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(field, "Недопустимый символ"));
            return null;
        }
        return v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    private static String termWords(RegionalRequest r) {
        return r.termWorkingDays() == null ? " (введён)" : " (" + r.termWorkingDays() + " раб. дн.)";
    }

    private static List<String> changes(RegionalRequest a, RegionalRequest b) {
        List<String> out = new ArrayList<>();
        diff(out, "дата поступления", day(a.receivedOn()), day(b.receivedOn()));
        diff(out, "входящий номер", a.incomingNumber(), b.incomingNumber());
        diff(out, "предмет", a.subject() == null ? null : shorten(a.subject()), b.subject() == null ? null : shorten(b.subject()));
        diff(out, "срок", day(a.dueOn()) + termWords(a), day(b.dueOn()) + termWords(b));
        diff(out, "ответственный", a.responsible(), b.responsible());
        if (!Objects.equals(a.answerText(), b.answerText())) {
            out.add(b.answerText() == null ? "ответ удалён" : "текст ответа изменён");
        }
        diff(out, "дата ответа", day(a.answeredOn()), day(b.answeredOn()));
        return out;
    }

    private static String day(LocalDate d) {
        return d == null ? null : DAY.format(d);
    }

    private static void diff(List<String> out, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(what + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    private static final String SELECT = """
            select r.*, d.name as department_name from regional_request r left join department d on d.code = r.responsible_department
            """;

    private static RowMapper<RegionalRequest> row(Map<Long, List<RegionalRequest.FileInfo>> files) {
        return (ResultSet rs, int i) -> new RegionalRequest(rs.getLong("id"), rs.getDate("received_on").toLocalDate(),
                rs.getString("incoming_number"), rs.getString("subject"), (Integer) rs.getObject("term_working_days"),
                rs.getDate("due_on").toLocalDate(), rs.getString("responsible_department"), rs.getString("department_name"),
                rs.getString("responsible_person"), rs.getString("answer_text"), localDate(rs, "answered_on"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), files.getOrDefault(rs.getLong("id"), List.of()));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
