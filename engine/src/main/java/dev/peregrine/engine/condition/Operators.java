package dev.peregrine.engine.condition;

import java.util.List;

/**
 * The check operators, grouped as Falco's grammar groups them. The group decides what the parser accepts on the
 * right: numbers after {@link #NUMERIC}, strings after {@link #STRING}, lists after {@link #LIST}.
 */
public final class Operators {

    public static final List<String> UNARY = List.of("exists");
    public static final List<String> NUMERIC = List.of("<=", "<", ">=", ">");
    /** Symbol operators first so that lexing tries {@code ==} before {@code =}. */
    public static final List<String> STRING = List.of("==", "=", "!=", "glob", "iglob", "contains", "icontains",
            "bcontains", "startswith", "bstartswith", "endswith", "regex");
    public static final List<String> LIST = List.of("intersects", "in", "pmatch");

    private Operators() {
    }

    public static boolean isUnary(String op) {
        return UNARY.contains(op);
    }

    public static boolean isNumeric(String op) {
        return NUMERIC.contains(op);
    }

    public static boolean isString(String op) {
        return STRING.contains(op);
    }

    public static boolean isList(String op) {
        return LIST.contains(op);
    }

    /** Every operator, for "expected one of" messages and documentation. */
    public static List<String> all() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(UNARY);
        all.addAll(NUMERIC);
        all.addAll(STRING);
        all.addAll(LIST);
        return List.copyOf(all);
    }
}
