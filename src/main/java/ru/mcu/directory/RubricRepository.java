package ru.mcu.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RubricRepository extends JpaRepository<Rubric, String> {

    List<Rubric> findByActiveTrueOrderBySortOrder();
}
