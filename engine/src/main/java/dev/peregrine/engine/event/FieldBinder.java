package dev.peregrine.engine.event;

import dev.peregrine.engine.fields.FieldDef;

/**
 * How one kind of event exposes its fields. The compiler asks once per field reference in a rule; the returned
 * accessor is then called per event.
 */
@FunctionalInterface
public interface FieldBinder {

    /**
     * An accessor for {@code field} with its argument ({@code null} when none was given, e.g. {@code "2"} for
     * {@code proc.aname[2]}, {@code "flags"} for {@code evt.arg.flags}). Returns {@link Accessor#NONE} for a field
     * this kind of event never carries; throws {@link IllegalArgumentException} for an argument it cannot accept.
     */
    Accessor bind(FieldDef field, String argument);
}
