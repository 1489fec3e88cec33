package dev.peregrine.cli.replay;

import dev.peregrine.engine.fields.FieldDef;

/**
 * A field with its argument, as a replay file names it: {@code proc.name}, {@code proc.aname[2]},
 * {@code evt.arg.flags} (the same as {@code evt.arg[flags]}).
 */
record FieldKey(FieldDef field, String argument) {

    /** The one spelling values are stored and looked up under: {@code name} or {@code name[argument]}. */
    String canonical() {
        return canonical(field.name(), argument);
    }

    static String canonical(String fieldName, String argument) {
        return argument == null ? fieldName : fieldName + "[" + argument + "]";
    }
}
