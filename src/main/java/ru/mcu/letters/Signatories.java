package ru.mcu.letters;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Extension;
import ru.mcu.directory.Department;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;

/**
 * Who signs a letter (ст. 10 ч. 3 59-ФЗ). The answer: the block head who approved it (the
 * assignee of the approval task, as the case's history records him), or of the main case it was
 * answered with. An extension notice: the block head who granted the extension. Every other
 * notice: the official set in {@code mcu.letters.notice-signatory}. The name comes from the
 * directory of users, the position from the department whose head he is.
 */
@Component
class Signatories {

    /** The position printed for a user who is neither a block head nor the notices' signatory. */
    static final String AUTHORISED = "Уполномоченное должностное лицо";

    private final LetterProperties properties;
    private final StaffContacts staff;
    private final IdentityService identity;
    private final Directory directory;
    private final CaseQueries cases;

    Signatories(LetterProperties properties, StaffContacts staff, IdentityService identity, Directory directory, CaseQueries cases) {
        this.properties = properties;
        this.staff = staff;
        this.identity = identity;
        this.directory = directory;
        this.cases = cases;
    }

    /** The signatory of the answer to {@code c}. */
    Signatory ofAnswer(Case c) {
        Optional<String> approver = approverOf(c);
        if (approver.isEmpty()) {
            approver = cases.mainCaseOf(c).flatMap(main -> approverOf(cases.get(main.getNumber())));
        }
        return approver.map(login -> person(login, c.getDepartmentCode())).orElseGet(this::ofNotices);
    }

    /** The signatory of the notice of the last extension granted on {@code c}. */
    Signatory ofExtension(Case c) {
        List<Extension> extensions = c.getExtensions();
        for (int i = extensions.size() - 1; i >= 0; i--) {
            Extension e = extensions.get(i);
            if (Boolean.TRUE.equals(e.getApproved()) && e.getDecidedBy() != null && !"system".equals(e.getDecidedBy())) {
                return person(e.getDecidedBy(), c.getDepartmentCode());
            }
        }
        return ofNotices();
    }

    /** The official who signs the notices. */
    Signatory ofNotices() {
        LetterProperties.Official s = properties.noticeSignatory();
        String name = s.name() != null && !s.name().isBlank() ? s.name().strip() : staff.nameOf(s.login());
        return new Signatory(s.login(), name, s.position().strip());
    }

    private static Optional<String> approverOf(Case c) {
        List<CaseEvent> events = c.getEvents();
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent e = events.get(i);
            if (e.getType() == CaseEventType.ANSWER_APPROVED && e.getActor() != null && !"system".equals(e.getActor())) {
                return Optional.of(e.getActor());
            }
        }
        return Optional.empty();
    }

    /** A user by login: his name, and the position of the head of the case's department (or of the one he heads). */
    private Signatory person(String login, String caseDepartment) {
        LetterProperties.Official notices = properties.noticeSignatory();
        if (login.equals(notices.login())) {
            return ofNotices();
        }
        List<String> groups = identity.createGroupQuery().groupMember(login).list().stream().map(Group::getId).toList();
        String position = null;
        if (caseDepartment != null && groups.contains(DepartmentGroups.headsGroup(caseDepartment))) {
            position = directory.department(caseDepartment).map(Department::getBlockHeadName).orElse(null);
        }
        if (position == null) {
            position = groups.stream()
                    .filter(g -> g.startsWith(DepartmentGroups.PREFIX) && g.endsWith(DepartmentGroups.HEADS_SUFFIX))
                    .map(g -> g.substring(DepartmentGroups.PREFIX.length(), g.length() - DepartmentGroups.HEADS_SUFFIX.length()))
                    .sorted()
                    .map(directory::department).flatMap(Optional::stream).map(Department::getBlockHeadName)
                    .findFirst().orElse(AUTHORISED);
        }
        return new Signatory(login, staff.nameOf(login), position);
    }
}
