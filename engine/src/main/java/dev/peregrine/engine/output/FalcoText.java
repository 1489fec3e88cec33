package dev.peregrine.engine.output;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Falco's text alert line: {@code 09:12:31.123456789: Warning <output>}. The time is {@code %evt.time}: the time
 * of day with nanoseconds, in the local time zone as Falco prints it (libsinsp {@code ts_to_string}); pass
 * {@link ZoneOffset#UTC} for UTC.
 */
public final class FalcoText {

    private FalcoText() {
    }

    /** The whole line, as Falco prints it to stdout and as the JSON {@code output} property holds it. */
    public static String line(Alert alert, ZoneId zone) {
        StringBuilder sb = new StringBuilder(128);
        appendLine(sb, alert, zone);
        return sb.toString();
    }

    /** Appends the line to {@code sb}, rendering the message straight into it (no intermediate String). */
    public static void appendLine(StringBuilder sb, Alert alert, ZoneId zone) {
        appendTime(sb, alert.timeNanos(), zone);
        sb.append(": ").append(alert.priority().display()).append(' ');
        alert.appendOutput(sb);
    }

    /** {@code %evt.time}: {@code HH:MM:SS.nnnnnnnnn} of the instant {@code epochNanos} in {@code zone}. */
    public static void appendTime(StringBuilder sb, long epochNanos, ZoneId zone) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        long nanos = Math.floorMod(epochNanos, 1_000_000_000L);
        int offset = zone instanceof ZoneOffset fixed ? fixed.getTotalSeconds()
                : zone.getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        long secondOfDay = Math.floorMod(seconds + offset, 86_400L);
        pad(sb, secondOfDay / 3600, 2).append(':');
        pad(sb, secondOfDay / 60 % 60, 2).append(':');
        pad(sb, secondOfDay % 60, 2).append('.');
        pad(sb, nanos, 9);
    }

    /** Appends the non-negative {@code value} zero-padded to {@code width} digits, without making a String. */
    static StringBuilder pad(StringBuilder sb, long value, int width) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append('0');
        }
        return sb.append(value);
    }
}
