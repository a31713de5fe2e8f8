package ru.mcu.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyChanges extends JpaRepository<PolicyChange, Long> {

    @Query("select c from PolicyChange c order by c.changedAt desc, c.id desc")
    List<PolicyChange> history();
}
