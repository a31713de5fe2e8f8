package ru.mcu.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarChanges extends JpaRepository<CalendarChange, Long> {

    @Query("select c from CalendarChange c where c.year = :year order by c.changedAt desc, c.id desc")
    List<CalendarChange> history(int year);
}
