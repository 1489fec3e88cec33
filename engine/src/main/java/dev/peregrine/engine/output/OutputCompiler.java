package dev.peregrine.engine.output;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.diag.TextLocator;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.ArgumentKind;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldMatch;
import dev.peregrine.engine.fields.FieldRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits an output format into tokens, following libsinsp's {@code sinsp_evt_formatter::set_format}:
 * <pre>
 * format  = ["*"] { text | "%" [width] field }
 * width   = digit { digit }                      pad or truncate the value to this many characters
 * field   = name [ "[" argument "]" ]            name: letters, digits, '_' and inner '.'
 * </pre>
 * A leading {@code *} (Falco's "print even when values are missing") is accepted and dropped: rule outputs always
 * render that way. Where libsinsp retries ever shorter prefixes of an unknown name ({@code %proc.namex} silently
 * becomes {@code proc.name} then {@code x}), we report the unknown field: a typo in an output is an error.
 * Transformers in outputs ({@code %tolower(proc.name)}) are reported as not supported.
 */
final class OutputCompiler {

    private final String format;
    private final String source;
    private final FieldRegistry registry;
    private final FieldBinder binder;
    private final TextLocator locator;
    private final List<OutputToken> tokens = new ArrayList<>();
    private final List<Diagnostic> errors = new ArrayList<>();

    OutputCompiler(String format, String source, FieldRegistry registry, FieldBinder binder, TextLocator locator) {
        this.format = format;
        this.source = source;
        this.registry = registry;
        this.binder = binder;
        this.locator = locator;
    }

    OutputFormat compile() throws RulesException {
        int i = format.startsWith("*") ? 1 : 0;
        int literalStart = i;
        while (i < format.length()) {
            if (format.charAt(i) != '%') {
                i++;
                continue;
            }
            if (literalStart < i) {
                tokens.add(new LiteralToken(format.substring(literalStart, i)));
            }
            i = field(i);
            literalStart = i;
        }
        if (literalStart < format.length()) {
            tokens.add(new LiteralToken(format.substring(literalStart)));
        }
        if (!errors.isEmpty()) {
            throw new RulesException(errors);
        }
        return new OutputFormat(format, tokens);
    }

    /** Parses the field starting with the {@code %} at {@code percent}; returns the offset just after it. */
    private int field(int percent) {
        int i = percent + 1;
        int width = 0;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
            width = Math.min(width * 10 + (format.charAt(i) - '0'), 1 << 16);
            i++;
        }
        int nameStart = i;
        while (i < format.length() && isNameChar(format.charAt(i))) {
            i++;
        }
        while (i > nameStart && format.charAt(i - 1) == '.') {
            i--; // "%proc.name." ends a sentence: the dot is text.
        }
        if (i == nameStart) {
            error(percent, "expected a field name after '%' in output");
            return i;
        }
        String name = format.substring(nameStart, i);
        if (i < format.length() && format.charAt(i) == '(') {
            error(nameStart, "transformer '" + name + "(...)' is not supported in outputs; use the field itself");
            int close = format.indexOf(')', i);
            return close < 0 ? format.length() : close + 1;
        }
        String argument = null;
        if (i < format.length() && format.charAt(i) == '[') {
            int close = format.indexOf(']', i);
            if (close < 0) {
                error(i, "missing ']' after the argument of '" + name + "'");
                return format.length();
            }
            argument = format.substring(i + 1, close);
            i = close + 1;
        }
        bind(nameStart, name, argument, format.substring(nameStart, i), width);
        return i;
    }

    private void bind(int at, String name, String bracketArgument, String key, int width) {
        Optional<FieldMatch> match = registry.resolve(name);
        if (match.isEmpty()) {
            List<String> close = registry.suggest(name);
            error(at, "unknown field '" + name + "' in output"
                    + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)"));
            return;
        }
        FieldDef field = match.get().field();
        String argument = match.get().argument();
        if (argument != null && bracketArgument != null) {
            error(at, "field '" + field.name() + "' has two arguments: '" + argument + "' and '" + bracketArgument + "'");
            return;
        }
        argument = argument != null ? argument : bracketArgument;
        if (argument != null && field.argument() == ArgumentKind.NONE) {
            error(at, "field '" + field.name() + "' takes no argument");
        } else if (argument == null && field.argument() == ArgumentKind.REQUIRED) {
            error(at, "field '" + field.name() + "' requires an argument, e.g. " + field.name() + "[...]");
        } else if (!field.sources().contains(source)) {
            error(at, "field '" + field.name() + "' is not available for source '" + source + "' (only "
                    + String.join(", ", new java.util.TreeSet<>(field.sources())) + ")");
        } else {
            try {
                Accessor accessor = binder.bind(field, argument);
                tokens.add(new FieldToken(key, accessor, width));
            } catch (IllegalArgumentException e) {
                error(at, "bad argument for '" + field.name() + "': " + e.getMessage());
            }
        }
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.';
    }

    private void error(int offset, String message) {
        errors.add(Diagnostic.error(locator.locate(offset), message));
    }
}
