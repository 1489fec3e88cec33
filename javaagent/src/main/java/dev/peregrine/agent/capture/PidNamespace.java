package dev.peregrine.agent.capture;

import dev.peregrine.engine.transport.ProcNsPid;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's PID namespace. In a container the JVM has pids and tids of its own namespace (it may be pid 1), which
 * are not the ids the host's kernel events carry; the probe translates them (its {@code dev.peregrine.probe.jvm}),
 * given the namespace's identity: the inode of {@code /proc/self/ns/pid}, the same number from every namespace.
 *
 * <p>Whether the JVM is in the initial namespace cannot be read from the {@code NSpid:} line of
 * {@code /proc/self/status}: it lists the ids from the namespace of the /proc mount down, so in a container that
 * mounted its own /proc (all of them) it has one entry, as on the host. The initial namespace's inode is a kernel
 * constant (PROC_PID_INIT_INO) instead.
 */
public final class PidNamespace {

    /** PROC_PID_INIT_INO, include/linux/proc_ns.h: the initial PID namespace's inode. */
    static final long INITIAL = 0xEFFFFFFCL;

    private PidNamespace() {
    }

    /** The inode of this JVM's PID namespace, or -1 when /proc does not say. */
    public static long inode() {
        try {
            return parseInode(Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString());
        } catch (Exception | LinkageError e) {
            return -1;
        }
    }

    /**
     * True unless this JVM is known to run in another PID namespace than the initial one; when /proc cannot tell,
     * the JVM names its ring by pid as it always did (the probe refuses it if that pid is not the host's).
     */
    public static boolean initial(long inode) {
        return inode < 0 || inode == INITIAL;
    }

    /** {@code pid:[4026531836]} → 4026531836; -1 for anything else. */
    static long parseInode(String link) {
        if (!link.startsWith("pid:[") || !link.endsWith("]")) {
            return -1;
        }
        try {
            return Long.parseLong(link.substring(5, link.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * True when /proc shows this JVM's ids in an ancestor namespace (the container did not mount its own /proc):
     * then {@code /proc/thread-self} names a tid of that namespace, not the JVM's own.
     */
    static boolean procShowsAncestorIds() {
        try {
            long[] ids = ProcNsPid.parse(Files.readString(Path.of("/proc/self/status")));
            return ids != null && ids.length > 1;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
