package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * A field on the right side: field-to-field comparison. Written {@code val(proc.pname)} ({@code field} is then a
 * {@link FieldRef}) or as a transformer {@code tolower(proc.pname)} ({@code field} is then a {@link Transformer}),
 * exactly as Falco's {@code FieldTransformerOrVal}.
 */
public record ValField(int offset, FieldExpr field) implements Operand {

    public ValField {
        Objects.requireNonNull(field, "field");
    }
}
