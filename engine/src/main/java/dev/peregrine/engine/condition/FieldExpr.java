package dev.peregrine.engine.condition;

/**
 * Something that extracts a value from an event: a plain field ({@link FieldRef}) or a transformer applied to
 * fields ({@link Transformer}, e.g. {@code tolower(proc.name)}).
 */
public sealed interface FieldExpr extends TransformerArg permits FieldRef, Transformer {
}
