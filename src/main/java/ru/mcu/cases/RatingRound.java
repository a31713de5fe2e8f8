package ru.mcu.cases;

import java.time.Instant;

/** One rating the author gave to an answer: the round (1 for the first answer, 2 after a rework...), score 1–5, comment. */
public record RatingRound(int round, int score, String comment, Instant ratedAt) {
}
