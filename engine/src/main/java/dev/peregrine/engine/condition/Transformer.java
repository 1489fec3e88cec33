package dev.peregrine.engine.condition;

import java.util.List;
import java.util.Objects;

/**
 * A field transformer: {@code tolower(proc.name)}, {@code basename(toupper(fd.name))}, {@code join(",", proc.args)},
 * {@code getopt(proc.args, "ab:")[b]}.
 *
 * <p>{@code name} is one of {@link Transformers#NAMES}; {@code args} has at least one element, in source order.
 * {@code arg} is the bracketed argument written after the closing parenthesis (Falco uses it for {@code getopt}),
 * or {@code null}. Arity and types are checked by the compiler, not the parser.
 */
public record Transformer(int offset, String name, List<TransformerArg> args, String arg) implements FieldExpr {

    public Transformer {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("transformer needs an argument");
        }
    }

    /** A transformer without bracketed argument. */
    public Transformer(int offset, String name, List<TransformerArg> args) {
        this(offset, name, args, null);
    }

    public boolean hasArg() {
        return arg != null;
    }
}
