package dev.peregrine.cli.replay;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The {@code evt.time*} / {@code evt.rawtime*} / {@code evt.datetime*} fields, all derived from the event's
 * timestamp as Falco derives them (local time zone for the string forms). A replay event gives its time once, as
 * {@code evt.rawtime} (epoch nanoseconds) or {@code evt.time} (ISO 8601); the other forms follow from it.
 */
final class TimeFields {

    static final Set<String> NAMES = Set.of("evt.time", "evt.time.s", "evt.time.iso8601", "evt.datetime",
            "evt.datetime.s", "evt.rawtime", "evt.rawtime.s", "evt.rawtime.ns");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXX");

    private TimeFields() {
    }

    static Accessor accessor(String name) {
        return switch (name) {
            case "evt.rawtime" -> new Accessor() {
                @Override
                public Object value(Event e) {
                    return e.timestampNanos();
                }

                @Override
                public long number(Event e) {
                    return e.timestampNanos();
                }
            };
            case "evt.rawtime.s" -> e -> Math.floorDiv(e.timestampNanos(), 1_000_000_000L);
            case "evt.rawtime.ns" -> e -> Math.floorMod(e.timestampNanos(), 1_000_000_000L);
            case "evt.time" -> e -> TIME.format(local(e.timestampNanos())) + "." + nanosPart(e.timestampNanos());
            case "evt.time.s" -> e -> TIME.format(local(e.timestampNanos()));
            case "evt.datetime" -> e -> DATETIME.format(local(e.timestampNanos())) + "." + nanosPart(e.timestampNanos());
            case "evt.datetime.s" -> e -> DATETIME.format(local(e.timestampNanos()));
            case "evt.time.iso8601" -> e -> ISO.format(local(e.timestampNanos()));
            default -> throw new IllegalArgumentException("not a time field: " + name);
        };
    }

    static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static ZonedDateTime local(long epochNanos) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L));
        return instant.atZone(ZoneId.systemDefault());
    }

    private static String nanosPart(long epochNanos) {
        String digits = Long.toString(Math.floorMod(epochNanos, 1_000_000_000L));
        return "0".repeat(9 - digits.length()) + digits;
    }
}
