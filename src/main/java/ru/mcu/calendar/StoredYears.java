package ru.mcu.calendar;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredYears extends JpaRepository<StoredYear, Integer> {

    /** The year, locked for the rest of the transaction so that edits of one year queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select y from StoredYear y where y.year = :year")
    Optional<StoredYear> lock(int year);

    /** Inserts the year as provisional unless it exists; answers 1 when this call inserted it. */
    @Modifying
    @Query(value = """
            insert into calendar_year (year, status, source, updated_at, updated_by)
            values (:year, 'PROVISIONAL', :source, now(), :by) on conflict (year) do nothing""", nativeQuery = true)
    int insertProvisional(int year, String source, String by);
}
