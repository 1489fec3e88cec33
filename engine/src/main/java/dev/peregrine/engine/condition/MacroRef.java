package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * A bare identifier in boolean position ({@code spawned_process}): a reference to a macro, resolved by a later
 * rewriting pass, never by the parser. {@code name} matches {@code [a-zA-Z][a-zA-Z0-9_]*}.
 */
public record MacroRef(int offset, String name) implements Expr {

    public MacroRef {
        Objects.requireNonNull(name, "name");
    }
}
