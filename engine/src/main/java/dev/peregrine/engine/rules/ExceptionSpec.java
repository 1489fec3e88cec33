package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

import java.util.List;

/**
 * One entry of a rule's {@code exceptions}. When {@code singleField} is true the YAML gave {@code fields} as a
 * single string: {@code fields} and {@code comps} then have one element and each row of {@code values} holds a
 * single value (Falco's flat form, compared with {@code in} by default). Otherwise each row of {@code values} has
 * one value per field and the rule's condition gets {@code and not (f1 c1 v1 and f2 c2 v2 ...)} per row.
 * A value that is itself a YAML list (for {@code in}/{@code pmatch}) is kept as one Text already rendered as
 * Falco renders it, {@code (a, "b c")} (items with a space quoted); scalar values are kept raw, for the compiler
 * to quote or parenthesize as Falco's quote_item/paren_item do.
 */
public record ExceptionSpec(String name, List<String> fields, List<String> comps, List<List<Text>> values,
                            boolean singleField, SourcePosition position) {

    public ExceptionSpec {
        fields = List.copyOf(fields);
        comps = List.copyOf(comps);
        values = values.stream().map(List::copyOf).toList();
    }
}
