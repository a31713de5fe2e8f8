package ru.mcu.calendar;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The production calendar of the application: a year kept in the database (from a decree, an
 * import or an administrator's edits) as it is stored, any other year by {@link CalendarRules},
 * provisional. Years are cached in memory; an edit evicts its year when it commits, so it applies
 * to every term computed after it (terms computed before are not recomputed).
 */
@Service
public class ProductionCalendar extends YearBasedCalendar {

    private final StoredYears years;
    private final StoredDays days;
    private final ConcurrentMap<Integer, YearDays> cache = new ConcurrentHashMap<>();

    ProductionCalendar(StoredYears years, StoredDays days, WorkingSchedule schedule) {
        super(schedule);
        this.years = years;
        this.days = days;
    }

    @Override
    public YearDays year(int year) {
        return cache.computeIfAbsent(year, this::load);
    }

    /** Forgets the cached year when the current transaction ends, committed or not (at once without one). */
    void evictOnCommit(int year) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.remove(year);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cache.remove(year);
            }
        });
    }

    private YearDays load(int year) {
        return years.findById(year)
                .map(stored -> {
                    List<CalendarDay> storedDays = days.findByYear(year).stream().map(StoredDay::toDay).toList();
                    return YearDays.of(year, stored.status(), stored.source(), stored.updatedAt(), stored.updatedBy(), storedDays);
                })
                .orElseGet(() -> YearDays.byRules(year));
    }
}
