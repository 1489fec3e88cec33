package dev.peregrine.engine.output;

import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.diag.TextLocator;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.rules.Priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's {@code output}, compiled once: literal text and fields ({@code %proc.name}, {@code %proc.aname[2]},
 * {@code %evt.arg.flags}, {@code %20fd.name}) whose accessors were bound at compile time, so rendering an alert
 * looks nothing up by name. Fields that cannot be extracted print as {@code <NA>} and are {@code null} in the
 * fields map, as in Falco (which always formats rule outputs in its lenient {@code *} mode).
 *
 * <p>Each distinct field gets one value slot: an alert reads every field once into a slot array ({@link #read}),
 * and the text is rendered from the slots ({@link #appendText}) only if a sink asks for it, into the sink's own
 * builder. A field named twice is read once, and its first appearance orders {@code output_fields}.
 */
public final class OutputFormat {

    private final String format;
    /** Distinct field keys, in order of first appearance, and their accessors. */
    private final String[] keys;
    private final Accessor[] accessors;
    /** Per token: literal text (slot -1), or the value slot and pad width of a field. */
    private final String[] literals;
    private final int[] slots;
    private final int[] widths;
    private final int[] jsonOrder;

    OutputFormat(String format, List<OutputToken> tokens) {
        this.format = format;
        List<String> distinct = new ArrayList<>();
        List<Accessor> bound = new ArrayList<>();
        int n = tokens.size();
        literals = new String[n];
        slots = new int[n];
        widths = new int[n];
        for (int t = 0; t < n; t++) {
            OutputToken token = tokens.get(t);
            if (token instanceof LiteralToken literal) {
                literals[t] = literal.text();
                slots[t] = -1;
                continue;
            }
            FieldToken field = (FieldToken) token;
            int slot = distinct.indexOf(field.key());
            if (slot < 0) {
                slot = distinct.size();
                distinct.add(field.key());
                bound.add(field.accessor());
            }
            slots[t] = slot;
            widths[t] = field.width();
        }
        keys = distinct.toArray(new String[0]);
        accessors = bound.toArray(new Accessor[0]);
        jsonOrder = Alert.jsonOrder(keys, keys.length);
    }

    /**
     * Compiles {@code format} for rules of {@code source}. Every problem (unknown field, argument missing or not
     * allowed, field not available for the source, malformed {@code %}) is reported with its position through
     * {@code locator}, which maps offsets in {@code format} to the rules file.
     */
    public static OutputFormat compile(String format, String source, FieldRegistry registry, FieldBinder binder,
                                       TextLocator locator) throws RulesException {
        return new OutputCompiler(format, source, registry, binder, locator).compile();
    }

    /** The message text and field values for {@code event}. */
    public RenderedOutput render(Event event) {
        Object[] values = new Object[keys.length];
        read(event, values);
        StringBuilder text = new StringBuilder(format.length() + 64);
        appendText(values, text);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            fields.put(keys[i], values[i]);
        }
        return new RenderedOutput(text.toString(), fields);
    }

    /** An alert for {@code event}, which matched {@code rule}; it keeps its values (see {@link Alert#copy}). */
    public Alert alert(Event event, String rule, Priority priority, String hostname, List<String> tags) {
        return new AlertTemplate(rule, priority, tags, this).alert(event, hostname);
    }

    /** How many distinct fields the output names: the length of the slot array {@link #read} fills. */
    int fieldCount() {
        return keys.length;
    }

    String key(int slot) {
        return keys[slot];
    }

    String[] keys() {
        return keys;
    }

    int[] jsonOrder() {
        return jsonOrder;
    }

    /** Reads every field of {@code event} into {@code values[0, fieldCount())}. Allocates nothing itself. */
    void read(Event event, Object[] values) {
        for (int i = 0; i < accessors.length; i++) {
            values[i] = accessors[i].value(event);
        }
    }

    /** Appends the message text for the field values {@code read} produced. */
    void appendText(Object[] values, StringBuilder out) {
        for (int t = 0; t < slots.length; t++) {
            int slot = slots[t];
            if (slot < 0) {
                out.append(literals[t]);
            } else {
                FieldToken.append(out, values[slot], widths[t]);
            }
        }
    }

    /** The format as written in the rule. */
    public String format() {
        return format;
    }

    @Override
    public String toString() {
        return format;
    }
}
