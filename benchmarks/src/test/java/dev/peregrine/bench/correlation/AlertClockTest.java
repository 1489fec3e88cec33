package dev.peregrine.bench.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.rules.Priority;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The latency clock reads alerts exactly as the daemon's JSON channel renders them (the real {@link FalcoJson}), so a
 * change of that format that would hide the event time or the rule fails here instead of giving wrong figures.
 */
class AlertClockTest {

    private static final long OFFSET = 1_795_000_000_000_000_000L; // epoch - monotonic

    @Test
    void recordsDeliveryMinusTheKernelEventTimeByRule() {
        AlertClock clock = new AlertClock(OFFSET);
        long eventMono = System.nanoTime() - 3_000_000; // the event happened 3 ms ago
        write(clock, "pg-bench kernel open", eventMono);
        write(clock, "pg-bench joined JVM open", eventMono);
        write(clock, "pg-bench unjoined JVM open", eventMono);

        for (LatencyLog log : List.of(clock.kernel, clock.joined, clock.unjoined)) {
            long[] all = log.window(eventMono, eventMono + 1);
            assertEquals(1, all.length);
            assertTrue(all[0] >= 3_000_000 && all[0] < 3_000_000_000L, "latency " + all[0]);
        }
        assertEquals(0, clock.otherAlerts());
    }

    @Test
    void alertsOfOtherRulesAreCountedNotTimed() {
        AlertClock clock = new AlertClock(OFFSET);
        write(clock, "Peregrine internal: syscall event drop", System.nanoTime());
        assertEquals(1, clock.otherAlerts());
        assertTrue(clock.firstOther().contains("syscall event drop"), clock.firstOther());
        assertEquals(0, clock.kernel.size() + clock.joined.size() + clock.unjoined.size());
    }

    @Test
    void windowKeepsOnlyTheEventsOfThePhaseSorted() {
        LatencyLog log = new LatencyLog(8);
        log.record(100, 9);
        log.record(200, 5);
        log.record(300, 7);
        log.record(400, 1);
        assertEquals(List.of(5L, 7L), toList(log.window(200, 400)));
    }

    @Test
    void quantilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        PhaseResult r = new PhaseResult("x", ms, 100, "");
        assertEquals(50.0, r.millis(0.50));
        assertEquals(99.0, r.millis(0.99));
        assertEquals(100.0, r.maxMillis());
    }

    private static void write(AlertClock clock, String rule, long eventMono) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("proc.name", "peregrine-load");
        Alert alert = new Alert(eventMono + OFFSET, rule, Priority.NOTICE, "syscall", "host", "opened", fields,
                List.of());
        StringBuilder line = new StringBuilder();
        new FalcoJson(ZoneOffset.UTC).append(line, alert);
        line.append('\n');
        char[] chars = line.toString().toCharArray();
        clock.write(chars, 0, chars.length);
    }

    private static List<Long> toList(long[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
