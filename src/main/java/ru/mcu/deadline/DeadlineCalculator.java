package ru.mcu.deadline;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.mcu.directory.Directory;
import ru.mcu.directory.Rubric;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/** The deadline calculator behind the API and the page: checks the input, then asks {@link Deadlines}. */
@Component
class DeadlineCalculator {

    private final Deadlines deadlines;
    private final Directory directory;
    private final Clock clock;

    DeadlineCalculator(Deadlines deadlines, Directory directory, Clock clock) {
        this.deadlines = deadlines;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The terms for the request.
     *
     * @throws ru.mcu.platform.InvalidInput naming every wrong parameter
     */
    Terms calculate(PreviewRequest request) {
        PreviewRequest.Checked checked = request.check(directory, clock);
        return deadlines.preview(checked.channel(), checked.rubric(), checked.receivedAt(), checked.importance());
    }

    String rubricName(String code) {
        return directory.rubricName(code);
    }

    List<Rubric> rubrics() {
        return directory.rubrics();
    }

    /** Now in Sakhalin, to the minute. */
    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(LocalZone.ZONE)).truncatedTo(ChronoUnit.MINUTES);
    }
}
