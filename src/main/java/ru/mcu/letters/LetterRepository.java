package ru.mcu.letters;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The register of letters. */
interface LetterRepository extends JpaRepository<Letter, Long> {

    @Query("select l from Letter l where l.key = :key")
    Optional<Letter> findByKey(@Param("key") String key);

    @Query("select l from Letter l where l.sentOn is null order by l.createdAt, l.id")
    List<Letter> findUnsent(Pageable page);

    @Query("select l from Letter l where l.sentOn is not null order by l.sentRecordedAt desc, l.id desc")
    List<Letter> findRecentlySent(Pageable page);

    @Query("select count(l) from Letter l where l.sentOn is null")
    long countUnsent();

    @Query("select l from Letter l where l.caseNumber = :caseNumber order by l.id")
    List<Letter> findByCaseNumber(@Param("caseNumber") String caseNumber);
}
