package dev.peregrine.engine.condition;

/**
 * An argument of a field transformer, as in Falco's {@code FieldTransformerArg}: a field, a nested transformer, a
 * literal {@link Value} (quoted string or number, e.g. the separator of {@code join(",", proc.args)}), or a
 * parenthesised {@link TransformerList}.
 */
public sealed interface TransformerArg permits FieldExpr, Value, TransformerList {

    int offset();
}
