package ru.mcu.cases;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.platform.time.LocalZone;

/**
 * The result of an appeal as ССТУ.РФ counts it and the additional control of answers that
 * promise works: the block head's approval with the result type and the control day, the
 * control days that have come, the department's confirmation that the works were done.
 */
@Service
@Transactional
public class CaseResults {

    private static final int MAX_NOTE_LENGTH = 4000;

    private final CaseRepository cases;
    private final EntityManager entities;
    private final Clock clock;

    CaseResults(CaseRepository cases, EntityManager entities, Clock clock) {
        this.cases = cases;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * The block head approves the draft of an appeal with its result type; {@code controlUntil}
     * (or null) puts the answer on additional control until that day, which must come after today.
     */
    public void approveAnswer(String number, ResultType type, LocalDate controlUntil, String actor) {
        load(number).approveAnswer(type, controlUntil, today(), actor, clock.instant());
    }

    /** The numbers of the cases on additional control whose day has come and whose department has not been reminded for it. */
    @Transactional(readOnly = true)
    public List<String> controlRemindersDue() {
        return entities.createQuery("""
                select c.number from Case c
                 where c.control.until is not null and c.control.closedAt is null and c.control.until <= :today
                   and (c.control.remindedFor is null or c.control.remindedFor <> c.control.until)
                 order by c.control.until, c.id
                """, String.class).setParameter("today", today()).getResultList();
    }

    /** Records the reminder of the control day; false when it is not due (or was recorded already). */
    public boolean remindOfControl(String number, String whom) {
        return load(number).remindOfControl(today(), whom, clock.instant());
    }

    /** The department confirms the promised works were done. */
    public void closeControl(String number, String note, String actor) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidCaseDataException("note", "Комментарий длиннее " + MAX_NOTE_LENGTH + " символов");
        }
        load(number).closeControl(note, actor, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
