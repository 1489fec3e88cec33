package dev.peregrine.bench.correlation;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * The application of the correlated measurement, run in its own JVM with the agent in {@code mode=probe}: on each
 * stdin line {@code open RATE MILLIS} it opens (and closes) its target file RATE times a second for MILLIS ms through
 * {@link FileInputStream}, an operation the agent brackets, then prints {@code done COUNT}; {@code quit} ends it.
 * Driven over stdin so one JVM (and one agent start-up) serves every phase.
 */
public final class TriggerJvm {

    private TriggerJvm() {
    }

    public static void main(String[] args) throws IOException {
        String target = args[0];
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
            String[] w = line.trim().split(" ");
            if (w.length == 3 && w[0].equals("open")) {
                long count = openLoop(target, Integer.parseInt(w[1]), Long.parseLong(w[2]));
                System.out.println("done " + count);
            } else {
                System.out.println("error unknown command: " + line);
            }
            System.out.flush();
        }
    }

    /** Opens at a steady pace (an absolute schedule, so a late open does not shift the following ones). */
    private static long openLoop(String target, int rate, long millis) throws IOException {
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + millis * 1_000_000L;
        long count = 0;
        for (long next = start; next < end; next += period) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            try (FileInputStream f = new FileInputStream(target)) {
                count++;
            }
        }
        return count;
    }
}
