package ru.mcu.intake.batch;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The reasons rows of import files were rejected. */
interface ImportRejections extends JpaRepository<ImportRejection, Long> {

    List<ImportRejection> findByJobIdOrderByRowNumberAscIdAsc(long jobId);

    List<ImportRejection> findByJobIdOrderByRowNumberAscIdAsc(long jobId, Pageable page);
}
