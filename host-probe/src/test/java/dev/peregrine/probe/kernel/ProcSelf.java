package dev.peregrine.probe.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Expected values read from /proc/self: what a root child of this JVM inherits. */
final class ProcSelf {

    private ProcSelf() {
    }

    /** A root execve gets the bounding set as effective capabilities. */
    static long capBounding() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("CapBnd:")) {
                return Long.parseUnsignedLong(line.substring(7).trim(), 16);
            }
        }
        throw new IllegalStateException("no CapBnd");
    }

    static long loginUid() throws IOException {
        long v = Long.parseLong(Files.readString(Path.of("/proc/self/loginuid")).trim());
        return v == 4294967295L ? -1 : v;
    }

    /** tty_nr of /proc/self/stat (new_encode_dev) converted to the probe's (major << 20) | minor. */
    static int tty() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        int nr = Integer.parseInt(f[4]); // fields after comm: state ppid pgrp session tty_nr
        int major = (nr >>> 8) & 0xfff;
        int minor = (nr & 0xff) | ((nr >>> 12) & 0xfff00);
        return nr == 0 ? 0 : (major << 20) | minor;
    }
}
