package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * {@code field op operand}, e.g. {@code proc.name in (bash, sh)} or {@code fd.name startswith /etc}.
 *
 * <p>{@code op} is the operator exactly as spelt by Falco ({@code "="} and {@code "=="} are kept distinct so the
 * printer can round-trip; they mean the same). {@code opOffset} points at the operator, so "operator not supported
 * for this field type" errors can point at it. {@code modifier} is {@link ListModifier#NONE} unless the check was
 * written with a Peregrine list modifier ({@code anyof fd.names startswith /etc}). Offset: the start of the check,
 * i.e. the modifier keyword when present, else the field.
 */
public record BinaryCheck(int offset, ListModifier modifier, FieldExpr field, String op, int opOffset, Operand value)
        implements Expr {

    public BinaryCheck {
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    /** A check without list modifier. */
    public BinaryCheck(int offset, FieldExpr field, String op, int opOffset, Operand value) {
        this(offset, ListModifier.NONE, field, op, opOffset, value);
    }
}
