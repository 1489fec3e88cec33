package dev.peregrine.engine.fields;

import java.util.Set;

/**
 * A field rules can name: {@code proc.name}, {@code fd.name}, {@code jvm.caller}... {@code sources} says which rule
 * sources may use it ({@code syscall}, {@code jvm}, or both).
 */
public record FieldDef(String name, FieldType type, ArgumentKind argument, Set<String> sources, String description) {

    public boolean takesArgument() {
        return argument != ArgumentKind.NONE;
    }
}
