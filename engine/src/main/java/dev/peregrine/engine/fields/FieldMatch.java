package dev.peregrine.engine.fields;

/**
 * A field name as written in a rule, resolved: the field and the argument that followed a dot
 * ({@code evt.arg.flags} gives {@code evt.arg} and {@code flags}), or {@code null} when there was none.
 */
public record FieldMatch(FieldDef field, String argument) {
}
