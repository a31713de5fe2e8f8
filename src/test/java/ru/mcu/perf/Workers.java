package ru.mcu.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Load from several threads at once. */
final class Workers {

    private Workers() {
    }

    /**
     * Runs {@code body} on {@code threads} threads named {@code name-0}, {@code name-1}... and
     * waits for all of them; the first exception one of them threw is thrown here.
     */
    static void run(int threads, String name, Runnable body) throws InterruptedException {
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    body.run();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, name + "-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
    }
}
