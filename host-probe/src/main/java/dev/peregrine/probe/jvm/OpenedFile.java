package dev.peregrine.probe.jvm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.peregrine.probe.bpf.NativeCall;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * A file opened with open(2) O_NOFOLLOW (a symbolic link fails with ELOOP), O_NONBLOCK (a FIFO cannot hang the
 * open) and O_NOCTTY, described with statx(2) on the descriptor itself (AT_EMPTY_PATH), never by a second path
 * lookup that someone could race. statx rather than fstat: its layout is the same on every architecture.
 */
final class OpenedFile implements AutoCloseable {

    private static final boolean AARCH64 = "aarch64".equals(System.getProperty("os.arch"));
    private static final int O_RDONLY = 0;
    private static final int O_NOCTTY = 0x100;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_NOFOLLOW = AARCH64 ? 0x8000 : 0x20000;
    private static final int O_CLOEXEC = 0x80000;
    private static final int AT_EMPTY_PATH = 0x1000;
    private static final int STATX_BASIC_STATS = 0x7ff;
    static final int S_IFMT = 0xF000;
    static final int S_IFREG = 0x8000;

    // int open(const char *path, int flags): no mode argument without O_CREAT
    private static final MethodHandle OPEN = NativeCall.libc("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT),
            true);
    // int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *buf)
    private static final MethodHandle STATX = NativeCall.libc("statx",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS), true);
    private static final MethodHandle CLOSE = NativeCall.libc("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), false);

    final int fd;
    final int uid;
    final int mode;
    final long size;

    private OpenedFile(int fd, int uid, int mode, long size) {
        this.fd = fd;
        this.uid = uid;
        this.mode = mode;
        this.size = size;
    }

    static OpenedFile open(Path path) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = NativeCall.newErrnoState(arena);
            int fd = (int) OPEN.invokeExact(errno, arena.allocateFrom(path.toString()),
                    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
            if (fd < 0) {
                int e = NativeCall.errno(errno);
                throw new IOException(e == 40 ? "is a symbolic link" : "open: " + NativeCall.describe(e));
            }
            MemorySegment stx = arena.allocate(256, 8);
            int rc = (int) STATX.invokeExact(errno, fd, arena.allocateFrom(""), AT_EMPTY_PATH, STATX_BASIC_STATS, stx);
            if (rc != 0) {
                int e = NativeCall.errno(errno);
                closeFd(fd);
                throw new IOException("statx: " + NativeCall.describe(e));
            }
            // struct statx: u32 stx_uid @20, u16 stx_mode @28, u64 stx_size @40
            return new OpenedFile(fd, stx.get(ValueLayout.JAVA_INT, 20),
                    stx.get(ValueLayout.JAVA_SHORT, 28) & 0xFFFF, stx.get(ValueLayout.JAVA_LONG, 40));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException("open " + path, t);
        }
    }

    boolean isRegular() {
        return (mode & S_IFMT) == S_IFREG;
    }

    /** The descriptor as a path that reopens this very file (a /proc magic link, not a name lookup). */
    Path procPath() {
        return Path.of("/proc/self/fd/" + fd);
    }

    @Override
    public void close() {
        closeFd(fd);
    }

    private static void closeFd(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            // nothing to do: close has no useful failure here
        }
    }
}
