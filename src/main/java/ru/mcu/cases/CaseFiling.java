package ru.mcu.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a new case: numbers it, stores it and starts its process, all in one transaction,
 * so that a case never exists without its process or the other way round.
 */
@Service
public class CaseFiling {

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final CaseWorkflow workflow;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    CaseFiling(CaseRepository cases, CaseNumbers numbers, CaseWorkflow workflow, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.numbers = numbers;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The case filed earlier under the same channel and external id, if any. */
    @Transactional(readOnly = true)
    public Optional<Case> findDuplicate(Channel channel, String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        // nearly always there is none: ask for the number alone, and load the case only when found
        List<String> earlier = jdbc.queryForList("select number from cases where channel = ? and external_id = ?", String.class,
                channel.name(), externalId);
        return earlier.isEmpty() ? Optional.empty() : cases.findByNumber(earlier.get(0));
    }

    @Transactional
    public Case file(NewCase request) {
        Case c = Case.receive(numbers.next(request.channel()), request.channel(), request.externalId(), request.kind(),
                request.citizen(), request.text(), request.place(), request.receivedAt(), request.source(), clock.instant());
        cases.saveAndFlush(c);
        c.attachProcess(workflow.start(c));
        return c;
    }
}
