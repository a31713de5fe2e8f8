package ru.mcu.cases;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts a ПОС message or an incident into a 59-ФЗ appeal (staff decide that the author's
 * message is an appeal under the law): the appeal is filed with its own process and terms, the
 * original case is closed and its process ended, both keep a link to each other.
 */
@Service
public class CaseConversion {

    private final CaseRepository cases;
    private final CaseFiling filing;
    private final CaseWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseConversion(CaseRepository cases, CaseFiling filing, CaseWorkflow workflow, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.filing = filing;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Case convert(String number, Channel channel, AppealKind kind, String actor) {
        if (channel == null || !channel.isAppeal()) {
            throw new InvalidCaseDataException("channel", "Укажите канал обращения по 59-ФЗ: LETTER, EPGU, SITE или RECEPTION");
        }
        Case source = cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
        if (source.getChannel().isAppeal()) {
            throw new InvalidCaseDataException("number", "Обращение уже рассматривается по 59-ФЗ");
        }
        if (source.isClosed()) {
            throw new CaseTransitionException("Case " + number + " is closed");
        }
        Citizen citizen = source.getCitizen();
        Case appeal = filing.file(new NewCase(channel, "converted:" + source.getNumber(), kind,
                new Citizen(citizen.getFullName(), citizen.getPostalAddress(), citizen.getEmail(), citizen.getPhone()),
                source.getText(), new Place(source.getRubricCode(), source.getDistrictCode(), source.getAddress(),
                source.getLatitude(), source.getLongitude()), clock.instant()));
        appeal.convertedFrom(source, actor, clock.instant());
        source.convertedInto(appeal.getNumber(), actor, clock.instant());
        workflow.closedElsewhere(source.getNumber());
        events.publishEvent(new CaseClosed(source.getNumber(), Resolution.CONVERTED_TO_APPEAL));
        return appeal;
    }
}
