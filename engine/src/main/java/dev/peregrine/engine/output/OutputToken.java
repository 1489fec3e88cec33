package dev.peregrine.engine.output;

/**
 * One compiled piece of an output format, as {@link OutputCompiler} finds it: literal text, or a field with its
 * bound accessor. {@link OutputFormat} turns the list into flat arrays (one value slot per distinct field), so
 * rendering an alert walks arrays instead of calling through this interface.
 */
sealed interface OutputToken permits LiteralToken, FieldToken {
}
