package dev.peregrine.engine.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Falco's checks on exceptions (rule_loader_collector's validate_exception_info and the shape checks its compiler
 * makes), done here where every value still has its position. Fields themselves are checked by the compiler, which
 * knows the field registry.
 */
final class ExceptionChecks {

    /** Operators Falco's filter parser accepts. */
    static final Set<String> OPERATORS = Set.of("=", "==", "!=", "<=", ">=", "<", ">", "contains", "bcontains",
            "icontains", "startswith", "bstartswith", "endswith", "glob", "iglob", "pmatch", "in", "intersects",
            "exists", "regex");

    /** Operators allowed when {@code fields} is a single field: they compare against the whole values list. */
    static final Set<String> LIST_OPERATORS = Set.of("in", "pmatch", "intersects");

    private ExceptionChecks() {
    }

    /** A new exception: fields are required, comps default to {@code =} per field, or {@code in} for one field. */
    static ExceptionSpec define(ExceptionDraft d) {
        if (d.fields() == null) {
            throw new LoadError(d.position(), d.label() + " must have 'fields'");
        }
        List<String> comps = d.singleField() ? singleFieldComps(d) : listComps(d);
        ExceptionSpec empty = new ExceptionSpec(d.name(), d.fields(), comps, List.of(), d.singleField(), d.position());
        return withRows(empty, d);
    }

    /** An existing exception gets more values; fields and comps stay as first defined. */
    static ExceptionSpec appendValues(ExceptionSpec existing, ExceptionDraft d) {
        if (d.fields() != null) {
            throw new LoadError(d.fieldsPosition(), "cannot append 'fields' to existing " + d.label() + ", only values");
        }
        if (d.comps() != null) {
            throw new LoadError(d.compsPosition(), "cannot append 'comps' to existing " + d.label() + ", only values");
        }
        return withRows(existing, d);
    }

    private static List<String> singleFieldComps(ExceptionDraft d) {
        if (d.comps() == null) {
            return List.of("in");
        }
        if (!d.compsScalar()) {
            throw new LoadError(d.compsPosition(), d.label() + ": 'fields' and 'comps' must both be strings");
        }
        if (!LIST_OPERATORS.contains(d.comps().get(0))) {
            throw new LoadError(d.compsPosition(), d.label()
                    + ": when 'fields' is a single field, 'comps' must be one of in, pmatch, intersects");
        }
        return d.comps();
    }

    private static List<String> listComps(ExceptionDraft d) {
        if (d.comps() == null) {
            return Collections.nCopies(d.fields().size(), "=");
        }
        if (d.compsScalar() || d.comps().size() != d.fields().size()) {
            throw new LoadError(d.compsPosition(), d.label() + ": 'fields' and 'comps' must have the same length ("
                    + d.fields().size() + " fields, " + (d.compsScalar() ? "a single string" : d.comps().size() + " comps")
                    + ")");
        }
        for (String comp : d.comps()) {
            if (!OPERATORS.contains(comp)) {
                throw new LoadError(d.compsPosition(), d.label() + ": '" + comp
                        + "' is not a supported comparison operator");
            }
        }
        return d.comps();
    }

    private static ExceptionSpec withRows(ExceptionSpec spec, ExceptionDraft d) {
        if (d.rows() == null || d.rows().isEmpty()) {
            return spec;
        }
        List<List<Text>> values = new ArrayList<>(spec.values());
        for (ExceptionDraft.Row row : d.rows()) {
            if (spec.singleField() && !row.isScalar()) {
                throw new LoadError(row.position(), d.label()
                        + ": values must be strings when 'fields' is a single field, not sequences");
            }
            if (!spec.singleField() && row.entries().size() != spec.fields().size()) {
                throw new LoadError(row.position(), d.label() + ": expected " + spec.fields().size()
                        + " values (one per field), got " + (row.isScalar() ? "a single string" : row.entries().size()));
            }
            values.add(row.entries());
        }
        return new ExceptionSpec(spec.name(), spec.fields(), spec.comps(), values, spec.singleField(), spec.position());
    }
}
