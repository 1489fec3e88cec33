package dev.peregrine.engine.diag;

/**
 * A place in a rules file: 1-based line and column. {@code file} is the name shown to users (as given on the
 * command line); {@code lineText} is the whole source line, kept so a diagnostic can print it with a caret.
 */
public record SourcePosition(String file, int line, int column, String lineText) {

    public static final SourcePosition UNKNOWN = new SourcePosition("<unknown>", 0, 0, "");

    /** {@code file:line:col}, the prefix of every diagnostic. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
