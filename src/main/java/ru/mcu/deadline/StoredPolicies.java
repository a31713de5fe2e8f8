package ru.mcu.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPolicies extends JpaRepository<StoredPolicy, Long> {
}
