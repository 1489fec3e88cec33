package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * A field such as {@code proc.name}, {@code proc.aname[2]} or {@code evt.arg.flags}.
 *
 * <p>{@code name} is {@code identifier(.identifier)+} as in Falco. {@code arg} is the bracketed argument with quotes
 * removed and escapes resolved, or {@code null} when there are no brackets. Note that {@code evt.arg.flags} is a
 * field name (Falco's grammar does not split it); registries that know {@code evt.arg} take the suffix as argument.
 */
public record FieldRef(int offset, String name, String arg) implements FieldExpr {

    public FieldRef {
        Objects.requireNonNull(name, "name");
    }

    public FieldRef(int offset, String name) {
        this(offset, name, null);
    }

    public boolean hasArg() {
        return arg != null;
    }
}
