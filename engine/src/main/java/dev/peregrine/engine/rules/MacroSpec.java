package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

/** A named condition fragment, expanded into rules (and other macros) by the compiler. */
public record MacroSpec(String name, Text condition, SourcePosition position) {
}
