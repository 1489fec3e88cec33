package dev.peregrine.agent.capture;

import dev.peregrine.engine.jvm.JvmOpenFlags;
import java.util.List;

/**
 * Linux open(2) flags as {@code jvm.file.flags} names them. The naming lives in the engine's
 * {@link JvmOpenFlags}, shared with the host probe, which binds the same fields over ring records.
 */
public final class OpenFlags {

    private OpenFlags() {
    }

    public static List<String> names(int flags) {
        return JvmOpenFlags.names(flags);
    }

    /** True when the open can change the file: write access, append or truncate. */
    public static boolean isWrite(int flags) {
        return JvmOpenFlags.isWrite(flags);
    }
}
