package ru.mcu.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.support.IntegrationTest;

/**
 * The register of outgoing numbers: letters recorded at the same time in concurrent
 * transactions get unique numbers that run without gaps, a rolled-back transaction giving its
 * number back.
 */
class LetterNumbersTest extends IntegrationTest {

    /** A year no other test writes letters in. */
    private static final int YEAR = 2099;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 10;

    @Autowired
    private LetterNumbers numbers;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void shouldNumberConcurrentLettersUniquelyAndConsecutively() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<String>> work = () -> {
                    List<String> committed = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        boolean rollBack = i == PER_THREAD / 2;
                        String number = tx.execute(status -> {
                            String taken = numbers.next(YEAR);
                            if (rollBack) {
                                status.setRollbackOnly();
                            }
                            return taken;
                        });
                        if (!rollBack) {
                            committed.add(number);
                        }
                    }
                    return committed;
                };
                results.add(pool.submit(work));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            int committed = THREADS * (PER_THREAD - 1);
            assertThat(all).hasSize(committed).doesNotHaveDuplicates();
            assertThat(all.stream().sorted().toList()).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, committed).mapToObj(n -> String.format("01-12/%d-%06d", YEAR, n)).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
