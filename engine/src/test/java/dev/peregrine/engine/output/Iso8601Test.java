package dev.peregrine.engine.output;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link FalcoJson#appendIso8601} computes the civil date itself (no java.time objects per alert): check it. */
class Iso8601Test {

    private static String iso(long nanos) {
        StringBuilder sb = new StringBuilder();
        FalcoJson.appendIso8601(sb, nanos);
        return sb.toString();
    }

    private static String expected(long nanos) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        String s = t.toString(); // ISO with as few fraction digits as needed
        String base = s.substring(0, 19);
        return base + "." + String.format("%09d", t.getNano()) + "Z";
    }

    @Test
    void agreesWithJavaTimeOverCenturiesLeapDaysAndBeforeTheEpoch() {
        long[] fixed = {0L, -1L, 1_795_425_151_123_456_789L, 951_782_400_000_000_000L /* 2000-02-29 */,
            4_107_456_000_000_000_000L /* 2100-03-01 */, -2_208_988_800_000_000_000L /* 1900-01-01 */};
        for (long n : fixed) {
            assertEquals(expected(n), iso(n));
        }
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long n = random.nextLong() % 8_000_000_000_000_000_000L; // within years 1716..2223
            assertEquals(expected(n), iso(n), Long.toString(n));
        }
    }
}
