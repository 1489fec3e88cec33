package dev.peregrine.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.engine.rules.Priority;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FalcoTextTest {

    private static final long T = 1_795_425_151_123_456_789L; // 2026-11-23T09:12:31.123456789Z

    @Test
    void lineIsTimePriorityAndOutput() {
        Alert alert = new Alert(T, "r", Priority.CRITICAL, "syscall", "h", "Something happened (x=1)", Map.of(),
                List.of());
        assertEquals("09:12:31.123456789: Critical Something happened (x=1)", FalcoText.line(alert, ZoneOffset.UTC));
    }

    @Test
    void timeIsLocalToTheZoneIncludingDaylightSaving() {
        assertEquals("10:12:31.123456789", time(T, ZoneId.of("Europe/Paris")));           // winter: +01:00
        assertEquals("09:00:00.000000005", time(1_782_543_600_000_000_005L, ZoneId.of("Europe/Paris"))); // summer
        assertEquals("04:12:31.123456789", time(T, ZoneOffset.ofHours(-5)));
        assertEquals("23:59:59.999999999", time(-1, ZoneOffset.UTC));
        assertEquals("00:00:00.000000000", time(0, ZoneOffset.UTC));
    }

    private static String time(long nanos, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        FalcoText.appendTime(sb, nanos, zone);
        return sb.toString();
    }
}
