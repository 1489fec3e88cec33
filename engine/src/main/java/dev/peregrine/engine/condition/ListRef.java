package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * A bare identifier where a list name may stand: the whole operand of {@code in}/{@code intersects}/{@code pmatch}
 * ({@code proc.name in shell_binaries}) or an unquoted identifier-shaped list item ({@code (bash, shell_binaries)}).
 *
 * <p>Only the rules loader knows which lists exist. Falco's semantics, which consumers should follow: inside a
 * {@link ListValue}, a reference that names no list is the literal string {@code name}; as the whole operand it
 * must name a list.
 */
public record ListRef(int offset, String name) implements Operand {

    public ListRef {
        Objects.requireNonNull(name, "name");
    }
}
