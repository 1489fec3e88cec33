package dev.peregrine.engine.fields;

/** Whether a field takes an argument in brackets ({@code proc.aname[2]}) or after a dot ({@code evt.arg.flags}). */
public enum ArgumentKind {
    /** No argument allowed. */
    NONE,
    /** Argument allowed but optional ({@code proc.aname} and {@code proc.aname[2]}). */
    OPTIONAL,
    /** Argument required ({@code evt.arg[0]}, {@code evt.arg.flags}). */
    REQUIRED
}
