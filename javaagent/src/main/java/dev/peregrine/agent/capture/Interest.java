package dev.peregrine.agent.capture;

import java.util.Arrays;

/**
 * Which operations the agent's consumers can use, decided once at start-up: per {@link JvmOp}, nothing (the
 * operation is not recorded at all), or the file operations that matter ({@link FileFilter#ANY} for all, and for
 * every non-file operation). The recorder asks it before building an event, so an operation no consumer cares about costs
 * the application a few nanoseconds instead of an event, a queue hand-off and an evaluation.
 */
public final class Interest {

    private final FileFilter[] byOp;

    private Interest(FileFilter[] byOp) {
        this.byOp = byOp;
    }

    /** Every operation, every path (the event log, the host probe). */
    public static Interest all() {
        FileFilter[] f = new FileFilter[JvmOp.values().length];
        Arrays.fill(f, FileFilter.ANY);
        return new Interest(f);
    }

    /** Nothing. */
    public static Interest none() {
        return new Interest(new FileFilter[JvmOp.values().length]);
    }

    /** An interest from one filter per operation ordinal, null for an operation not wanted. */
    public static Interest of(FileFilter[] byOrdinal) {
        if (byOrdinal.length != JvmOp.values().length) {
            throw new IllegalArgumentException("one filter per operation expected");
        }
        return new Interest(byOrdinal.clone());
    }

    /** The operations {@code op} that matter, or null when {@code op} is not wanted at all. */
    public FileFilter filter(JvmOp op) {
        return byOp[op.ordinal()];
    }

    /** What either interest wants. */
    public Interest or(Interest other) {
        FileFilter[] f = new FileFilter[byOp.length];
        for (int i = 0; i < f.length; i++) {
            FileFilter a = byOp[i];
            FileFilter b = other.byOp[i];
            f[i] = a == null ? b : b == null ? a : a.or(b);
        }
        return new Interest(f);
    }

    /** This interest, limited to the operations {@code enabled} by ordinal (the {@code ops} option). */
    public Interest only(boolean[] enabled) {
        FileFilter[] f = byOp.clone();
        for (int i = 0; i < f.length; i++) {
            if (!enabled[i]) {
                f[i] = null;
            }
        }
        return new Interest(f);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (JvmOp op : JvmOp.values()) {
            FileFilter f = byOp[op.ordinal()];
            b.append(b.length() == 0 ? "" : ", ").append(op.id()).append(": ")
                    .append(f == null ? "off" : f.toString());
        }
        return b.toString();
    }
}
