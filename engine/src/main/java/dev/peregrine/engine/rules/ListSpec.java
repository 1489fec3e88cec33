package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

import java.util.List;

/**
 * A named list. Items are kept verbatim (with quotes if the YAML value had them inside); an item may itself name
 * another list, which the compiler expands, as Falco does.
 */
public record ListSpec(String name, List<Text> items, SourcePosition position) {

    public ListSpec {
        items = List.copyOf(items);
    }
}
