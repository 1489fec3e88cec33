package dev.peregrine.engine.output;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Falco's JSON alert, byte for byte as Falco 0.44 writes it ({@code userspace/engine/formats.cpp}): one object with
 * keys in alphabetical order (nlohmann::json sorts them) {@code hostname, output, output_fields, priority, rule,
 * source, tags, time}. {@code output} is the whole text line ({@link FalcoText}); {@code output_fields} holds the
 * output's fields plus {@code evt.time} in epoch nanoseconds, keys sorted, {@code null} for values that could not be
 * extracted; {@code tags} are sorted and unique (Falco keeps them in a {@code std::set}); {@code time} is UTC ISO 8601
 * with nanoseconds. This is what Falcosidekick and other Falco consumers parse.
 */
public final class FalcoJson {

    private static final String EVT_TIME = "evt.time";

    private final JsonOptions options;
    private final ZoneId zone;

    /** A writer for the given Falco {@code json_include_*} options; {@code zone} is the one of the text line. */
    public FalcoJson(JsonOptions options, ZoneId zone) {
        this.options = options;
        this.zone = zone;
    }

    /** Falco's defaults: output, output_fields and tags included, message not. */
    public FalcoJson(ZoneId zone) {
        this(JsonOptions.FALCO_DEFAULTS, zone);
    }

    public String format(Alert alert) {
        StringBuilder sb = new StringBuilder(256 + 2 * alert.output().length());
        append(sb, alert);
        return sb.toString();
    }

    /** Appends the alert as one JSON object, without a line break. */
    public void append(StringBuilder sb, Alert alert) {
        sb.append("{\"hostname\":");
        Json.string(sb, alert.hostname());
        if (options.includeMessage()) {
            sb.append(",\"message\":");
            Json.string(sb, alert.output());
        }
        if (options.includeOutput()) {
            sb.append(",\"output\":");
            Json.string(sb, FalcoText.line(alert, zone));
        }
        if (options.includeOutputFields()) {
            sb.append(",\"output_fields\":");
            appendOutputFields(sb, alert);
        }
        sb.append(",\"priority\":");
        Json.string(sb, alert.priority().display());
        sb.append(",\"rule\":");
        Json.string(sb, alert.rule());
        sb.append(",\"source\":");
        Json.string(sb, alert.source());
        if (options.includeTags()) {
            sb.append(",\"tags\":");
            Json.value(sb, List.copyOf(new TreeSet<>(alert.tags())));
        }
        sb.append(",\"time\":\"");
        appendIso8601(sb, alert.timeNanos());
        sb.append("\"}");
    }

    private static void appendOutputFields(StringBuilder sb, Alert alert) {
        String[] keys = alert.outputFields().keySet().toArray(new String[0]);
        if (!alert.outputFields().containsKey(EVT_TIME)) {
            keys = Arrays.copyOf(keys, keys.length + 1);
            keys[keys.length - 1] = EVT_TIME;
        }
        Arrays.sort(keys);
        sb.append('{');
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Json.string(sb, keys[i]);
            sb.append(':');
            // Falco adds evt.time from its "%evt.time: <priority>" prefix, as a number: the event time in ns.
            Json.value(sb, keys[i].equals(EVT_TIME) ? (Object) alert.timeNanos() : alert.outputFields().get(keys[i]));
        }
        sb.append('}');
    }

    /** {@code 2026-11-23T09:12:31.123456789Z}: UTC, always nine fraction digits. */
    public static void appendIso8601(StringBuilder sb, long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        long nanos = Math.floorMod(epochNanos, 1_000_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        FalcoText.pad(sb, t.getYear(), 4).append('-');
        FalcoText.pad(sb, t.getMonthValue(), 2).append('-');
        FalcoText.pad(sb, t.getDayOfMonth(), 2).append('T');
        FalcoText.pad(sb, t.getHour(), 2).append(':');
        FalcoText.pad(sb, t.getMinute(), 2).append(':');
        FalcoText.pad(sb, t.getSecond(), 2).append('.');
        FalcoText.pad(sb, nanos, 9).append('Z');
    }
}
