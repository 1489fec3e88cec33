package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

import java.util.List;

/**
 * An exception as written in one item, before it is checked against the rule it belongs to: when values are
 * appended to an existing exception, fields and comps come from the earlier definition, so checking waits until the
 * collector knows which case applies. {@code fields}, {@code comps} and {@code rows} are null when absent.
 */
record ExceptionDraft(String name, SourcePosition position, List<String> fields, boolean singleField,
                      SourcePosition fieldsPosition, List<String> comps, boolean compsScalar,
                      SourcePosition compsPosition, List<Row> rows) {

    /**
     * One element of {@code values}: a scalar (single-field form) or a sequence with one entry per field; an entry
     * that is itself a sequence is already rendered as Falco renders it, {@code (a, "b c")}.
     */
    record Row(SourcePosition position, Text scalar, List<Text> entries) {
        boolean isScalar() {
            return scalar != null;
        }
    }

    String label() {
        return "exception '" + name + "'";
    }
}
