package dev.peregrine.engine.diag;

/**
 * Maps an offset in a text taken from a rules file (a condition, an output, a list item) back to its position in
 * the file. YAML folds and unescapes scalars, so offsets in the value differ from offsets in the file; the loader
 * knows how and supplies one locator per scalar.
 */
@FunctionalInterface
public interface TextLocator {

    SourcePosition locate(int offsetInText);

    /** A locator for text that did not come from a file (tests, generated conditions). */
    static TextLocator inline(String name, String text) {
        return offset -> {
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < Math.min(offset, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int lineEnd = text.indexOf('\n', lineStart);
            String lineText = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            return new SourcePosition(name, line, offset - lineStart + 1, lineText);
        };
    }
}
