package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

import java.util.List;

/**
 * What one rule item appends or replaces in an existing rule; a null component is not touched. Falco applies an
 * item's appends first, then its replaces.
 */
record RuleUpdate(String name, SourcePosition position, Text condition, String output, String desc,
                  List<String> tags, List<ExceptionDraft> exceptions, Priority priority, Boolean enabled,
                  Boolean warnEvttypes, Boolean skipIfUnknownFilter) {

    boolean hasAnyValue() {
        return condition != null || output != null || desc != null || tags != null || exceptions != null
                || priority != null || enabled != null || warnEvttypes != null || skipIfUnknownFilter != null;
    }
}
