package dev.peregrine.engine.jvm;

import java.util.ArrayList;
import java.util.List;

/**
 * Linux open(2) flags as {@code jvm.file.flags} names them: the lower-case {@code java.nio.file.StandardOpenOption}
 * names ({@code read}, {@code write}, {@code append}, {@code create}, {@code create_new},
 * {@code truncate_existing}, {@code sync}, {@code dsync}), and {@code jvm.file.write}.
 */
public final class JvmOpenFlags {

    private static final int ACCMODE = 03;
    private static final int O_WRONLY = 01;
    private static final int O_RDWR = 02;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_APPEND = 02000;
    private static final int O_DSYNC = 010000;
    private static final int O_SYNC = 04010000;

    private JvmOpenFlags() {
    }

    public static List<String> names(int flags) {
        List<String> names = new ArrayList<>(4);
        int mode = flags & ACCMODE;
        if (mode != O_WRONLY) {
            names.add("read");
        }
        if (mode == O_WRONLY || mode == O_RDWR) {
            names.add("write");
        }
        if ((flags & O_APPEND) != 0) {
            names.add("append");
        }
        if ((flags & O_CREAT) != 0) {
            names.add((flags & O_EXCL) != 0 ? "create_new" : "create");
        }
        if ((flags & O_TRUNC) != 0) {
            names.add("truncate_existing");
        }
        if ((flags & O_SYNC) == O_SYNC) {
            names.add("sync");
        } else if ((flags & O_DSYNC) != 0) {
            names.add("dsync");
        }
        return names;
    }

    /** True when the open can change the file: write access, append or truncate. */
    public static boolean isWrite(int flags) {
        return (flags & ACCMODE) != 0 || (flags & (O_TRUNC | O_APPEND)) != 0;
    }
}
