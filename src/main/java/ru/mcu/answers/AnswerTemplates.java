package ru.mcu.answers;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.directory.Directory;
import ru.mcu.directory.Rubric;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.text.Greeting;
import ru.mcu.platform.time.LocalZone;

/**
 * The МЦУ's answer templates, and the draft answer of a case made from the template of its
 * rubric: the rubric's own, else its parent rubric's, else the general one. A template's
 * placeholders ({@link #PLACEHOLDERS}) are filled with the case's data.
 */
@Service
public class AnswerTemplates {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    /** What a template may contain, with what it becomes, as the page explains it. */
    static final List<String[]> PLACEHOLDERS = List.of(
            new String[] {"{приветствие}", "«Уважаемая Мария Петровна!» по имени и отчеству, иначе «Уважаемый заявитель!»"},
            new String[] {"{номер}", "номер обращения"},
            new String[] {"{дата}", "дата поступления обращения"},
            new String[] {"{адрес}", "адрес проблемы, как он указан в карточке"},
            new String[] {"{исполнитель}", "подразделение, которое готовит ответ"});

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(LocalZone.ZONE);

    private final AnswerTemplateRepository templates;
    private final Directory directory;
    private final Clock clock;

    AnswerTemplates(AnswerTemplateRepository templates, Directory directory, Clock clock) {
        this.templates = templates;
        this.directory = directory;
        this.clock = clock;
    }

    /** A draft answer and the template it came from. */
    public record Draft(String templateTitle, String text) {
    }

    /** The templates, the general one first, then by rubric name. */
    @Transactional(readOnly = true)
    public List<AnswerTemplate> all() {
        return templates.findAll().stream()
                .sorted(Comparator.comparing((AnswerTemplate t) -> t.getRubricCode() != null).thenComparing(this::rubricTitle))
                .toList();
    }

    /** «Благоустройство / Ямы на дорогах», or «Общий шаблон» for the one without a rubric. */
    public String rubricTitle(AnswerTemplate template) {
        String code = template.getRubricCode();
        if (code == null) {
            return "Общий шаблон (для рубрик без своего)";
        }
        return directory.rubric(code).map(directory::rubricLabel).orElse(code);
    }

    /**
     * Creates the template of a rubric ({@code rubricCode} blank: the general one) or changes
     * the one it has.
     *
     * @throws InvalidInput naming the wrong field
     */
    @Transactional
    public AnswerTemplate save(String rubricCode, String title, String body, String actor) {
        String rubric = rubricCode == null || rubricCode.isBlank() ? null : rubricCode.strip();
        List<FieldError> errors = new ArrayList<>();
        if (rubric != null && directory.rubric(rubric).isEmpty()) {
            errors.add(new FieldError("rubricCode", "Нет такой рубрики: " + rubric));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Укажите название шаблона"));
        } else if (title.strip().length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Название длиннее " + MAX_TITLE + " символов"));
        }
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "Напишите текст шаблона"));
        } else if (body.strip().length() > MAX_BODY) {
            errors.add(new FieldError("body", "Текст длиннее " + MAX_BODY + " символов"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        AnswerTemplate template = (rubric == null ? templates.findGeneral() : templates.findByRubricCode(rubric))
                .orElseGet(() -> new AnswerTemplate(rubric));
        template.change(title.strip(), body.strip().replace("\r\n", "\n"), actor, clock.instant());
        return templates.save(template);
    }

    @Transactional
    public void delete(long id) {
        templates.deleteById(id);
    }

    /** The draft answer of a case from the template of its rubric, if the МЦУ keeps one. */
    @Transactional(readOnly = true)
    public Optional<Draft> draftFor(Case c) {
        return templateFor(c.getRubricCode()).map(t -> new Draft(t.getTitle(), fill(t.getBody(), c)));
    }

    private Optional<AnswerTemplate> templateFor(String rubricCode) {
        if (rubricCode != null) {
            Optional<AnswerTemplate> own = templates.findByRubricCode(rubricCode);
            if (own.isPresent()) {
                return own;
            }
            Optional<String> parent = directory.rubric(rubricCode).map(Rubric::getParentCode);
            if (parent.isPresent()) {
                Optional<AnswerTemplate> parents = templates.findByRubricCode(parent.get());
                if (parents.isPresent()) {
                    return parents;
                }
            }
        }
        return templates.findGeneral();
    }

    private String fill(String body, Case c) {
        return body.replace("{приветствие}", Greeting.of(c.getCitizen().getFullName()))
                .replace("{номер}", c.getNumber())
                .replace("{дата}", DATE.format(c.getReceivedAt()))
                .replace("{адрес}", c.getAddress() == null ? "адрес не указан" : c.getAddress())
                .replace("{исполнитель}", c.getDepartmentCode() == null ? "" : directory.departmentName(c.getDepartmentCode()));
    }
}
