package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.rules.Priority;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One rule match, ready for any sink. {@link #output} is the rule's rendered output message (without Falco's
 * {@code "<time>: <Priority> "} prefix, which {@link FalcoText} adds); {@link #outputFields} holds the value of
 * every field the output names, in order of first appearance, typed as the field is ({@link String}, {@link Long},
 * {@link Boolean}, {@code List<String>}) or {@code null} where it could not be extracted.
 *
 * <p>An alert comes in two forms with one behaviour. One built with the public constructor (or {@link #copy}) is
 * immutable and may be kept. One the engine hands to {@code AlertSink.accept} is <em>lent</em>: it is reused for
 * the next alert on the same thread, so raising an alert allocates nothing, and it is valid only until
 * {@code accept} returns (then every read throws). A sink that keeps an alert, or passes it to another thread,
 * keeps {@link #copy()}. Sinks that write at once can avoid allocation too: {@link #appendOutput} renders the
 * message into their own builder, and {@link #fieldCount}/{@link #fieldName}/{@link #fieldValue} read the fields
 * without building a map.
 */
public final class Alert {

    private static final String EVT_TIME = "evt.time";

    private long timeNanos;
    private String rule;
    private Priority priority;
    private String source;
    private String hostname;
    private List<String> tags;
    private List<String> sortedTags;
    private String[] keys;
    private Object[] values;
    private int fieldCount;
    private int[] jsonOrder;
    /** Lent alerts: renders the message from {@code values}. Null for kept alerts, whose text is {@code output}. */
    private OutputFormat format;
    /** Kept alerts: the message; lent alerts: the message once {@link #output()} rendered it. */
    private String output;
    /** The fields as a map, once asked for (always, for kept alerts). */
    private Map<String, Object> fields;
    private boolean bound;

    /** An immutable alert; {@code outputFields} is copied (its order kept, null values allowed). */
    public Alert(long timeNanos, String rule, Priority priority, String source, String hostname, String output,
                 Map<String, Object> outputFields, List<String> tags) {
        Map<String, Object> copy = new LinkedHashMap<>(outputFields);
        this.timeNanos = timeNanos;
        this.rule = rule;
        this.priority = priority;
        this.source = source;
        this.hostname = hostname;
        this.output = output;
        this.fields = Collections.unmodifiableMap(copy);
        this.keys = copy.keySet().toArray(new String[0]);
        this.values = copy.values().toArray();
        this.fieldCount = keys.length;
        this.jsonOrder = jsonOrder(keys, fieldCount);
        this.tags = List.copyOf(tags);
        this.sortedTags = List.copyOf(new TreeSet<>(this.tags));
        this.bound = true;
    }

    /** A lent alert, for {@link AlertSlot}: unbound until {@link #bind}. */
    Alert() {
        this.values = new Object[16];
    }

    void bind(AlertTemplate template, Event event, String hostname) {
        OutputFormat f = template.format;
        int n = f.fieldCount();
        if (values.length < n) {
            values = new Object[n];
        }
        f.read(event, values);
        this.timeNanos = event.timestampNanos();
        this.rule = template.rule;
        this.priority = template.priority;
        this.source = event.source();
        this.hostname = hostname;
        this.tags = template.tags;
        this.sortedTags = template.sortedTags;
        this.keys = f.keys();
        this.fieldCount = n;
        this.jsonOrder = f.jsonOrder();
        this.format = f;
        this.output = null;
        this.fields = null;
        this.bound = true;
    }

    /** Ends the loan: reads throw, and the event's values are let go. */
    void unbind() {
        bound = false;
        Arrays.fill(values, 0, fieldCount, null);
        output = null;
        fields = null;
    }

    boolean bound() {
        return bound;
    }

    private void check() {
        if (!bound) {
            throw new IllegalStateException("alert read after AlertSink.accept returned: a sink that keeps an "
                    + "alert must keep alert.copy()");
        }
    }

    /** This alert as an immutable one that may be kept: itself if it already is. */
    public Alert copy() {
        check();
        return format == null ? this : new Alert(timeNanos, rule, priority, source, hostname, output(),
                outputFields(), tags);
    }

    public long timeNanos() {
        check();
        return timeNanos;
    }

    public String rule() {
        check();
        return rule;
    }

    public Priority priority() {
        check();
        return priority;
    }

    public String source() {
        check();
        return source;
    }

    public String hostname() {
        check();
        return hostname;
    }

    public List<String> tags() {
        check();
        return tags;
    }

    /** The tags sorted and without duplicates, as Falco's JSON lists them. */
    List<String> sortedTags() {
        check();
        return sortedTags;
    }

    /** The rendered output message (made once per alert; {@link #appendOutput} makes no String). */
    public String output() {
        check();
        if (output == null && format != null) {
            StringBuilder sb = new StringBuilder(64);
            format.appendText(values, sb);
            output = sb.toString();
        }
        return output;
    }

    /** Appends the output message to {@code out}. */
    public void appendOutput(StringBuilder out) {
        check();
        if (format == null || output != null) {
            out.append(output);
        } else {
            format.appendText(values, out);
        }
    }

    /** The output's fields by name, in order of first appearance; unmodifiable. */
    public Map<String, Object> outputFields() {
        check();
        if (fields == null) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < fieldCount; i++) {
                map.put(keys[i], values[i]);
            }
            fields = Collections.unmodifiableMap(map);
        }
        return fields;
    }

    /** How many fields the output names (each once). */
    public int fieldCount() {
        check();
        return fieldCount;
    }

    /** The name of field {@code i}, {@code 0 <= i < fieldCount()}, in order of first appearance. */
    public String fieldName(int i) {
        check();
        Objects.checkIndex(i, fieldCount);
        return keys[i];
    }

    /** The value of field {@code i}, or {@code null} where it could not be extracted. */
    public Object fieldValue(int i) {
        check();
        Objects.checkIndex(i, fieldCount);
        return values[i];
    }

    /**
     * Falco's {@code output_fields} order: field indexes sorted by name, with {@code -1} where {@code evt.time}
     * goes when the output does not name it (Falco always adds it).
     */
    int[] jsonOrder() {
        check();
        return jsonOrder;
    }

    static int[] jsonOrder(String[] keys, int n) {
        boolean hasTime = false;
        for (int i = 0; i < n; i++) {
            hasTime |= keys[i].equals(EVT_TIME);
        }
        Integer[] order = new Integer[hasTime ? n : n + 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = i < n ? i : -1;
        }
        Arrays.sort(order, (a, b) -> (a < 0 ? EVT_TIME : keys[a]).compareTo(b < 0 ? EVT_TIME : keys[b]));
        int[] result = new int[order.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = order[i];
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alert a && timeNanos() == a.timeNanos() && Objects.equals(rule(), a.rule())
                && priority() == a.priority() && Objects.equals(source(), a.source())
                && Objects.equals(hostname(), a.hostname()) && Objects.equals(output(), a.output())
                && outputFields().equals(a.outputFields()) && tags().equals(a.tags());
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeNanos(), rule(), priority(), source(), hostname(), output(), outputFields(), tags());
    }

    @Override
    public String toString() {
        if (!bound) {
            return "Alert[released]";
        }
        return "Alert[timeNanos=" + timeNanos + ", rule=" + rule + ", priority=" + priority + ", source=" + source
                + ", hostname=" + hostname + ", output=" + output() + ", outputFields=" + outputFields()
                + ", tags=" + tags + "]";
    }
}
