package dev.peregrine.engine.output;

import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.diag.TextLocator;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.rules.Priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's {@code output}, compiled once: literal text and fields ({@code %proc.name}, {@code %proc.aname[2]},
 * {@code %evt.arg.flags}, {@code %20fd.name}) whose accessors were bound at compile time, so rendering an alert
 * looks nothing up by name. Fields that cannot be extracted print as {@code <NA>} and are {@code null} in the
 * fields map, as in Falco (which always formats rule outputs in its lenient {@code *} mode).
 */
public final class OutputFormat {

    private final String format;
    private final OutputToken[] tokens;

    OutputFormat(String format, List<OutputToken> tokens) {
        this.format = format;
        this.tokens = tokens.toArray(new OutputToken[0]);
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
        StringBuilder text = new StringBuilder(format.length() + 64);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (OutputToken token : tokens) {
            token.render(event, text, fields);
        }
        return new RenderedOutput(text.toString(), fields);
    }

    /** An alert for {@code event}, which matched {@code rule}. */
    public Alert alert(Event event, String rule, Priority priority, String hostname, List<String> tags) {
        RenderedOutput out = render(event);
        return new Alert(event.timestampNanos(), rule, priority, event.source(), hostname, out.text(), out.fields(),
                tags);
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
