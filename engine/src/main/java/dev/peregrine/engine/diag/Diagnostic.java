package dev.peregrine.engine.diag;

/**
 * One error or warning about a rules file, printed as
 * <pre>
 * rules.yaml:12:18: error: unknown field 'proc.nmae' (did you mean proc.name?)
 *    | condition: proc.nmae = bash
 *    |            ^
 * </pre>
 */
public record Diagnostic(Severity severity, SourcePosition position, String message) {

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The diagnostic with its source line and a caret under the column, when the line is known. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(position).append(": ").append(severity.label()).append(": ").append(message);
        String line = position.lineText();
        if (line != null && !line.isEmpty() && position.column() > 0) {
            sb.append("\n    | ").append(line.replace('\t', ' '));
            sb.append("\n    | ").append(" ".repeat(Math.max(0, position.column() - 1))).append('^');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
