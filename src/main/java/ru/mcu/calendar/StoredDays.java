package ru.mcu.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDays extends JpaRepository<StoredDay, LocalDate> {

    @Query("select d from StoredDay d where d.year = :year")
    List<StoredDay> findByYear(int year);
}
