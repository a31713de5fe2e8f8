package ru.mcu.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

/** The policies as entities, for their administration; lookups read them through {@link DeadlinePolicies}. */
interface StoredPolicies extends JpaRepository<StoredPolicy, Long> {
}
