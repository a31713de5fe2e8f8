package ru.mcu.casepage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseDuplicates;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.TermText;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.notification.OutboxMessage;
import ru.mcu.notification.OutboxRepository;
import ru.mcu.platform.web.PublicLinks;
import ru.mcu.workflow.tasklist.CaseTasks;

/**
 * Puts the staff's case page together for the current user. What he may see is decided by
 * {@link CaseAccess}, the same port the API asks: the caller has checked that he may read the
 * case; here the citizen's data, the access code and the letters' addresses and texts are
 * left out unless he may see the citizen, and every showing of them is written to the audit
 * log. Linked and similar cases appear only when he may read them too.
 */
@Component
class CaseFiles {

    /** The surface the audit log names for this page. */
    static final String SURFACE = "CASE_PAGE";

    /** Letters that carry the answer itself to the author. */
    private static final Set<String> ANSWER_LETTERS = Set.of("CITIZEN_ANSWERED", "CITIZEN_ANSWER_PUBLISHED",
            "CITIZEN_RESOLVED_ON_SPOT", "CITIZEN_ANSWERED_VIA_MAIN_CASE");

    private final CaseQueries cases;
    private final CaseAccess access;
    private final CaseDuplicates duplicates;
    private final Directory directory;
    private final StaffContacts staff;
    private final AccessCodes codes;
    private final PublicLinks links;
    private final OutboxRepository outbox;
    private final TermExplanations terms;
    private final CaseTasks tasks;

    CaseFiles(CaseQueries cases, CaseAccess access, CaseDuplicates duplicates, Directory directory, StaffContacts staff,
              AccessCodes codes, PublicLinks links, OutboxRepository outbox, TermExplanations terms, CaseTasks tasks) {
        this.cases = cases;
        this.access = access;
        this.duplicates = duplicates;
        this.directory = directory;
        this.staff = staff;
        this.codes = codes;
        this.links = links;
        this.outbox = outbox;
        this.terms = terms;
        this.tasks = tasks;
    }

    /**
     * The page of a case the user may read.
     *
     * @param user          his login
     * @param groups        his engine groups (for the tasks he may see)
     * @param mayOpenOutbox whether he may open the outbox page
     */
    CaseFile of(Case c, String user, Collection<String> groups, boolean mayOpenOutbox, Instant now) {
        boolean personal = access.canSeePersonalData(c);
        Function<String, String> names = names();
        List<OutboxMessage> letters = outbox.findByCaseNumberOrderById(c.getNumber());
        List<CaseFile.Mail> mails = letters.stream().map(m -> mail(m, personal)).toList();
        List<CaseFile.Mail> answerLetters = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            if (ANSWER_LETTERS.contains(letters.get(i).getKind())) {
                answerLetters.add(mails.get(i));
            }
        }
        CaseFile.Answer answer = new CaseFile.Answer(c.getAnswerText(), c.getIncident().getAnswerEvidence(), at(c.getAnsweredAt()),
                at(c.getIncident().getInterimAnsweredAt()), answerLetters);
        CaseFile.Citizen citizen = null;
        if (personal) {
            String code = codes.codeFor(c.getNumber());
            citizen = new CaseFile.Citizen(c.getCitizen().getFullName(), c.getCitizen().getPostalAddress(),
                    c.getCitizen().getEmail(), c.getCitizen().getPhone(), code, links.citizenCase(c.getNumber(), code));
            access.personalDataShown(c, SURFACE);
        }
        List<CaseFile.Task> open = tasks.visibleTo(c.getProcessInstanceId(), user, groups).stream()
                .map(t -> new CaseFile.Task(t.name(), t.assignee() == null ? "не назначен" : names.apply(t.assignee()),
                        at(t.createdAt()), at(t.due()), "/camunda/app/tasklist/default/#/?task=" + t.id()))
                .toList();
        return new CaseFile(c.getNumber(), Titles.noun(c.getChannel()), card(c, now), citizen, history(c, names),
                terms.explain(c, names), answer, mails, related(c),
                cases.ratings(c).stream().map(r -> new CaseFile.Rating(r.round(), r.score(), r.comment(), at(r.ratedAt()))).toList(),
                open, mayOpenOutbox);
    }

    private CaseFile.Card card(Case c, Instant now) {
        List<CaseFile.Field> source = new ArrayList<>();
        add(source, "Категория ПОС", c.getPos().getCategory(), false);
        add(source, "Подкатегория ПОС", c.getPos().getSubcategory(), false);
        add(source, "Важность", c.getIncident().getImportance() == null ? null : c.getIncident().getImportance().title(), false);
        add(source, "Социальная сеть", c.getIncident().getSourceNetwork(), false);
        add(source, "Публикация", c.getIncident().getSourceUrl(), c.getIncident().getSourceUrl() != null && c.getIncident().getSourceUrl().matches("https?://.*"));
        return new CaseFile.Card(c.getChannel().title(), c.getKind() == null ? null : c.getKind().title(),
                c.getRubricCode() == null ? null : directory.rubricName(c.getRubricCode()),
                c.getDistrictCode() == null ? null : directory.districtName(c.getDistrictCode()), c.getAddress(),
                c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()),
                c.getStatus().title(), c.getResolution() == null ? null : c.getResolution().title(), c.getResolutionNote(),
                c.getForwardedTo(), c.getText(), at(c.getReceivedAt()), at(c.getRegisteredAt()), at(c.getClosedAt()), source,
                c.getRerouteCount(), c.getPos().getReworkCount(), c.isClosed(), c.isOverdue(now));
    }

    private static void add(List<CaseFile.Field> fields, String label, String value, boolean link) {
        if (value != null && !value.isBlank()) {
            fields.add(new CaseFile.Field(label, value, link));
        }
    }

    private static List<CaseFile.Step> history(Case c, Function<String, String> names) {
        return c.getEvents().stream().map(e -> new CaseFile.Step(at(e.getOccurredAt()), names.apply(e.getActor()),
                Titles.step(e.getType()), e.getDescription(), e.getReason())).toList();
    }

    /** The letter as the page lists it; a letter to the citizen shows his address and text only to those who may see him. */
    private static CaseFile.Mail mail(OutboxMessage m, boolean personal) {
        boolean toCitizen = m.getKind() != null && m.getKind().startsWith(Titles.TO_CITIZEN);
        String status = switch (m.getStatus()) {
            case SENT -> "local".equals(m.getDeliveredBy()) ? "отправлено (локальный почтовый ящик)" : "отправлено";
            case PENDING -> m.getAttempts() > 0 ? "в очереди (повторная попытка)" : "в очереди";
            case FAILED -> "ошибка";
        };
        return new CaseFile.Mail(m.getId(), at(m.getCreatedAt()), Titles.mail(m.getKind()), m.getSubject(),
                toCitizen && !personal ? "заявителю" : m.getRecipient(), status, m.getStatus().name(), at(m.getSentAt()),
                m.getLastError(), toCitizen && personal ? m.getTextBody() : null);
    }

    /** The main case, the cases linked to this one, conversions and possible duplicates, those the user may read. */
    private List<CaseFile.Related> related(Case c) {
        List<CaseFile.Related> related = new ArrayList<>();
        cases.mainCaseOf(c).filter(access::canRead).ifPresent(m -> related.add(related(m, "основное по этой проблеме: ответ по нему закроет и это", null)));
        cases.linkedTo(c).stream().filter(access::canRead)
                .forEach(l -> related.add(related(l, "связано с этим как с основным", null)));
        cases.convertedFrom(c).filter(access::canRead).ifPresent(s -> related.add(related(s, "исходное: из него создано это обращение", null)));
        cases.convertedInto(c).stream().filter(access::canRead)
                .forEach(a -> related.add(related(a, "создано из этого по 59-ФЗ", null)));
        duplicates.suggest(c.getNumber()).stream()
                .filter(d -> cases.find(d.number()).filter(access::canRead).isPresent())
                .forEach(d -> related.add(new CaseFile.Related(d.number(), "возможный дубликат", d.status().title(),
                        (d.address() == null ? "" : d.address()) + (d.distanceMeters() == null ? "" : ", " + d.distanceMeters() + " м"))));
        return related;
    }

    private static CaseFile.Related related(Case other, String relation, String detail) {
        return new CaseFile.Related(other.getNumber(), relation, other.getStatus().title(), detail);
    }

    /** Names of the people in a page's history, each looked up once. */
    private Function<String, String> names() {
        Map<String, String> known = new HashMap<>();
        return login -> {
            String technical = Titles.technicalActor(login);
            return technical != null ? technical : known.computeIfAbsent(login, staff::nameOf);
        };
    }

    static String at(Instant instant) {
        return instant == null ? null : TermText.format(instant);
    }
}
