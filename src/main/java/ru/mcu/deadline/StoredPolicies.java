package ru.mcu.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredPolicies extends JpaRepository<StoredPolicy, Long> {

    /** As JPQL, whose translation Hibernate caches: every term computed reads the policies. */
    @Override
    @Query("select p from StoredPolicy p")
    List<StoredPolicy> findAll();
}
