package dev.peregrine.engine.output;

import java.time.ZoneId;

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
            int start = sb.length();
            alert.appendOutput(sb);
            Json.quoteTail(sb, start);
        }
        if (options.includeOutput()) {
            sb.append(",\"output\":");
            int start = sb.length();
            FalcoText.appendLine(sb, alert, zone);
            Json.quoteTail(sb, start);
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
            Json.value(sb, alert.sortedTags());
        }
        sb.append(",\"time\":\"");
        appendIso8601(sb, alert.timeNanos());
        sb.append("\"}");
    }

    /** The fields sorted by name, plus {@code evt.time}; without sorting or boxing anything per alert. */
    private static void appendOutputFields(StringBuilder sb, Alert alert) {
        int[] order = alert.jsonOrder();
        sb.append('{');
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            int field = order[i];
            String key = field < 0 ? EVT_TIME : alert.fieldName(field);
            Json.string(sb, key);
            sb.append(':');
            // Falco adds evt.time from its "%evt.time: <priority>" prefix, as a number: the event time in ns.
            if (field < 0 || key.equals(EVT_TIME)) {
                sb.append(alert.timeNanos());
            } else {
                Json.value(sb, alert.fieldValue(field));
            }
        }
        sb.append('}');
    }

    /** {@code 2026-11-23T09:12:31.123456789Z}: UTC, always nine fraction digits. Allocates nothing. */
    public static void appendIso8601(StringBuilder sb, long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        long nanos = Math.floorMod(epochNanos, 1_000_000_000L);
        long days = Math.floorDiv(seconds, 86_400L);
        long secondOfDay = Math.floorMod(seconds, 86_400L);
        // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted): eras of 400 years.
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        FalcoText.pad(sb, year, 4).append('-');
        FalcoText.pad(sb, month, 2).append('-');
        FalcoText.pad(sb, day, 2).append('T');
        FalcoText.pad(sb, secondOfDay / 3600, 2).append(':');
        FalcoText.pad(sb, secondOfDay / 60 % 60, 2).append(':');
        FalcoText.pad(sb, secondOfDay % 60, 2).append('.');
        FalcoText.pad(sb, nanos, 9).append('Z');
    }
}
