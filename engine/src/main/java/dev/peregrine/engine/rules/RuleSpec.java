package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

import java.util.List;

/**
 * One rule after all files were merged (redefinitions, overrides and appends applied). {@code source} is Falco's
 * event source ({@code syscall} unless the rule says otherwise); {@code position} is where the rule was defined (the
 * last full definition: overrides and appends keep it). Tags are sorted and unique, as Falco keeps them.
 * {@code warnEvttypes} defaults to true, {@code skipIfUnknownFilter} to false, {@code enabled} to true.
 */
public record RuleSpec(String name, Text condition, String output, String desc, Priority priority, String source,
                       boolean enabled, List<String> tags, List<ExceptionSpec> exceptions, boolean warnEvttypes,
                       boolean skipIfUnknownFilter, SourcePosition position) {

    public static final String DEFAULT_SOURCE = "syscall";

    public RuleSpec {
        tags = List.copyOf(tags);
        exceptions = List.copyOf(exceptions);
    }
}
