package dev.peregrine.engine.fields;

import dev.peregrine.engine.event.Sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small builder the field catalogs ({@link EventFields}, {@link ProcessFields}...) use to declare their fields
 * as one readable line each. Fields are syscall-only unless declared with {@link #shared}.
 */
final class FieldTable {

    static final Set<String> SYSCALL = Set.of(Sources.SYSCALL);
    static final Set<String> BOTH = Set.of(Sources.SYSCALL, Sources.JVM);

    private final List<FieldDef> defs = new ArrayList<>();
    private final Set<String> dotted = new HashSet<>();

    /** A syscall field without argument. */
    FieldTable add(String name, FieldType type, String description) {
        return add(name, type, ArgumentKind.NONE, SYSCALL, description);
    }

    /** A syscall field taking an argument in brackets ({@code proc.aname[2]}). */
    FieldTable add(String name, FieldType type, ArgumentKind argument, String description) {
        return add(name, type, argument, SYSCALL, description);
    }

    /** A field both the kernel probe and the Java agent fill. */
    FieldTable shared(String name, FieldType type, String description) {
        return add(name, type, ArgumentKind.NONE, BOTH, description);
    }

    /**
     * A syscall field whose argument may also follow a dot ({@code evt.arg.flags} as well as {@code evt.arg[0]}),
     * as Falco accepts for argument and label fields.
     */
    FieldTable dotted(String name, FieldType type, ArgumentKind argument, String description) {
        dotted.add(name);
        return add(name, type, argument, SYSCALL, description);
    }

    FieldTable add(String name, FieldType type, ArgumentKind argument, Set<String> sources, String description) {
        defs.add(new FieldDef(name, type, argument, sources, description));
        return this;
    }

    List<FieldDef> defs() {
        return defs;
    }

    Set<String> dottedNames() {
        return dotted;
    }
}
