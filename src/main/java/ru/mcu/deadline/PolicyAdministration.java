package ru.mcu.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Channel.Regime;
import ru.mcu.cases.Channel;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/** An administrator's changes to the deadline policies, each written to the history. */
@Service
@Transactional
class PolicyAdministration {

    /** The fields of a new override. */
    record NewOverride(Regime regime, Channel channel, String rubric, TermKind termKind, TermUnit unit, Integer amount) {
    }

    /** What became of a removal. */
    enum Removal { REMOVED, NOT_FOUND, IS_DEFAULT }

    private final StoredPolicies policies;
    private final PolicyChanges changes;
    private final DeadlinePolicies reader;
    private final Directory directory;
    private final Clock clock;

    PolicyAdministration(StoredPolicies policies, PolicyChanges changes, DeadlinePolicies reader, Directory directory, Clock clock) {
        this.policies = policies;
        this.changes = changes;
        this.reader = reader;
        this.directory = directory;
        this.clock = clock;
    }

    /** Changes the rule of a policy; empty when there is no such policy. */
    public Optional<DeadlinePolicy> change(long id, TermUnit unit, Integer amount, String actor) {
        TermSpec term = term(unit, amount);
        return policies.findById(id).map(stored -> {
            DeadlinePolicy before = stored.toPolicy();
            if (before.term().equals(term)) {
                return before;
            }
            Instant now = clock.instant();
            stored.change(term, now, actor);
            changes.save(new PolicyChange(before, PolicyChange.Action.UPDATED, before.term(), term, actor, now));
            return stored.toPolicy();
        });
    }

    /** Adds an override for a channel, or for a rubric of a regime or channel. */
    public DeadlinePolicy add(NewOverride o, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if ((o.regime() == null) == (o.channel() == null)) {
            errors.add(new FieldError(o.channel() == null ? "regime" : "channel", "Укажите либо режим (regime), либо канал (channel)"));
        }
        String rubric = o.rubric() == null || o.rubric().isBlank() ? null : o.rubric().strip();
        if (rubric == null && o.regime() != null && o.channel() == null) {
            errors.add(new FieldError("rubric", "Для режима укажите рубрику: правило режима без рубрики уже есть, его можно изменить"));
        }
        if (rubric != null && directory.rubric(rubric).isEmpty()) {
            errors.add(new FieldError("rubric", "Неизвестная рубрика: " + rubric));
        }
        Regime regime = o.channel() != null ? o.channel().regime() : o.regime();
        if (o.termKind() == null) {
            errors.add(new FieldError("termKind", "Укажите вид срока"));
        } else if (regime != null && !o.termKind().appliesTo(regime)) {
            errors.add(new FieldError("termKind", "Срок «" + o.termKind().title() + "» не применяется к режиму "
                    + DeadlinePolicy.regimeTitle(regime)));
        }
        TermSpec term = null;
        try {
            term = term(o.unit(), o.amount());
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (errors.isEmpty()) {
            Regime scopeRegime = o.channel() == null ? o.regime() : null;
            reader.all().stream()
                    .filter(p -> p.kind() == o.termKind() && p.regime() == scopeRegime && p.channel() == o.channel()
                            && Objects.equals(p.rubric(), rubric))
                    .findFirst()
                    .ifPresent(p -> errors.add(new FieldError(rubric != null ? "rubric" : "channel",
                            "Такое правило уже есть (№ " + p.id() + "): измените его")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        StoredPolicy stored = policies.saveAndFlush(new StoredPolicy(
                new PolicyScope(o.channel() == null ? o.regime() : null, o.channel(), rubric, o.termKind()), term, now, actor));
        DeadlinePolicy created = stored.toPolicy();
        changes.save(new PolicyChange(created, PolicyChange.Action.CREATED, null, term, actor, now));
        return created;
    }

    /** Removes an override; a regime's default stays. */
    public Removal remove(long id, String actor) {
        Optional<StoredPolicy> stored = policies.findById(id);
        if (stored.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        DeadlinePolicy policy = stored.get().toPolicy();
        if (policy.isDefault()) {
            return Removal.IS_DEFAULT;
        }
        policies.delete(stored.get());
        changes.save(new PolicyChange(policy, PolicyChange.Action.DELETED, policy.term(), null, actor, clock.instant()));
        return Removal.REMOVED;
    }

    /** Every change, newest first. */
    @Transactional(readOnly = true)
    public List<PolicyChange> history() {
        return changes.history();
    }

    private static TermSpec term(TermUnit unit, Integer amount) {
        List<FieldError> errors = new ArrayList<>();
        if (unit == null) {
            errors.add(new FieldError("unit", "Укажите единицу: CALENDAR_DAYS, WORKING_DAYS или WORKING_HOURS"));
        }
        if (amount == null || amount < 1 || amount > TermSpec.MAX_AMOUNT) {
            errors.add(new FieldError("amount", "Целое число от 1 до " + TermSpec.MAX_AMOUNT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new TermSpec(unit, amount);
    }
}
