package ru.mcu.answers;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerTemplateRepository extends JpaRepository<AnswerTemplate, Long> {

    Optional<AnswerTemplate> findByRubricCode(String rubricCode);

    @Query("select t from AnswerTemplate t where t.rubricCode is null")
    Optional<AnswerTemplate> findGeneral();
}
