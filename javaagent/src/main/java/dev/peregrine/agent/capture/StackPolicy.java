package dev.peregrine.agent.capture;

import java.util.List;

/**
 * How much stack an operation pays for. Rare, dangerous operations (process start, deserialization, JNDI, native
 * loads) always get the full bounded stack; network operations get the caller only; file operations, the most
 * frequent by far (class path jars, configuration, logs), get a full stack only when the path is under one of the
 * watched prefixes ({@code /etc/}, {@code /root/}...), and nothing otherwise. Decided per event with a few
 * {@code startsWith} calls, before any stack walking.
 */
public final class StackPolicy {

    /** No stack walk at all. */
    public static final int NONE = -1;
    /** Walk until the caller is found, keep no frames. */
    public static final int CALLER = 0;

    private final int depth;
    private final String[] watchedPrefixes;
    private final int network;

    public StackPolicy(int depth, List<String> watchedPrefixes, boolean networkCaller) {
        this.depth = Math.max(1, depth);
        this.watchedPrefixes = watchedPrefixes.toArray(new String[0]);
        this.network = networkCaller ? CALLER : this.depth;
    }

    /** Frames to capture for {@code op} on {@code path} (may be null): {@link #NONE}, {@link #CALLER} or a depth. */
    public int depthFor(JvmOp op, String path) {
        switch (op) {
            case FILE_OPEN:
            case FILE_DELETE:
            case FILE_RENAME:
                return watched(path) ? depth : NONE;
            case NET_CONNECT:
            case NET_BIND:
            case NET_ACCEPT:
                return network;
            default:
                return depth;
        }
    }

    private boolean watched(String path) {
        if (path == null) {
            return false;
        }
        for (String prefix : watchedPrefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
