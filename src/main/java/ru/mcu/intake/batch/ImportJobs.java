package ru.mcu.intake.batch;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Import jobs in PostgreSQL. */
interface ImportJobs extends JpaRepository<ImportJob, Long> {

    List<ImportJob> findByChannelInOrderByIdDesc(Collection<ImportChannel> channels, Pageable page);

    /** Renews the heartbeat of the jobs this node holds, by the database's clock, which every node shares. */
    @Modifying
    @Query(value = "update import_job set heartbeat_at = now() where status = 'RUNNING' and id in (:ids)", nativeQuery = true)
    int renewHeartbeat(@Param("ids") Collection<Long> ids);

    /** Fails the running jobs whose node has not renewed their heartbeat for {@code seconds}: it stopped or lost them. */
    @Modifying
    @Query(value = """
            update import_job set status = 'FAILED', finished_at = now(), failure = :reason, version = version + 1
            where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)""", nativeQuery = true)
    int failAbandoned(@Param("seconds") double seconds, @Param("reason") String reason);
}
