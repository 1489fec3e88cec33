package dev.peregrine.engine.condition;

import java.util.Objects;

/** {@code field exists}: a check with no operand. {@code op} is the operator keyword ({@code "exists"}). */
public record UnaryCheck(int offset, FieldExpr field, String op, int opOffset) implements Expr {

    public UnaryCheck {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
    }
}
