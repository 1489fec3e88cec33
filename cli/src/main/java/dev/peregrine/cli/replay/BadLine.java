package dev.peregrine.cli.replay;

/** A line of an events file that was skipped, and why. {@code column} is 0 when the whole line is at fault. */
public record BadLine(String file, int line, int column, String message) {

    /** {@code events.jsonl:7:12: error: ...}, the shape of every Peregrine diagnostic. */
    public String format() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": error: " + message;
    }
}
