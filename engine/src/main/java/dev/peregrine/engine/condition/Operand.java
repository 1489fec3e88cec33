package dev.peregrine.engine.condition;

/**
 * The right side of a {@link BinaryCheck}: a literal {@link Value}, a parenthesised {@link ListValue}, a bare
 * {@link ListRef} (only after {@code in}, {@code intersects}, {@code pmatch} or inside a list), or a field to compare
 * against ({@link ValField}: {@code val(proc.pname)} or {@code tolower(proc.pname)}).
 */
public sealed interface Operand permits Value, ListValue, ListRef, ValField {

    int offset();
}
