package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * {@code not x}. As in Falco, an even run of {@code not} cancels out at parse time ({@code not not x} is {@code x}),
 * so a {@code Not} never directly wraps another {@code Not} from the parser. Offset: the {@code not} keyword.
 */
public record Not(int offset, Expr child) implements Expr {

    public Not {
        Objects.requireNonNull(child, "child");
    }
}
