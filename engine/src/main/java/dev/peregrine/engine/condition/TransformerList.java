package dev.peregrine.engine.condition;

import java.util.List;

/**
 * {@code (proc.name, "x", 1)} as a transformer argument (Falco's {@code TransformerList}), e.g.
 * {@code join("/", (proc.pname, proc.name))}. Items are {@link FieldRef}, {@link Transformer} or {@link Value};
 * the list may be empty.
 */
public record TransformerList(int offset, List<TransformerArg> items) implements TransformerArg {

    public TransformerList {
        items = List.copyOf(items);
    }
}
