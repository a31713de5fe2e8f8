package ru.mcu.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The co-executors of cases. */
interface CoExecutionRepository extends JpaRepository<CoExecution, Long> {

    @Query("select x from CoExecution x where x.caseRecord.number = :number order by x.id")
    List<CoExecution> findByCaseNumber(@Param("number") String number);
}
