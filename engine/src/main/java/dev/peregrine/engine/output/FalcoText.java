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
        StringBuilder sb = new StringBuilder(32 + alert.output().length());
        appendTime(sb, alert.timeNanos(), zone);
        return sb.append(": ").append(alert.priority().display()).append(' ').append(alert.output()).toString();
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

    static StringBuilder pad(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}
