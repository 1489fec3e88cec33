package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.CorruptRingException;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingReader;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One verified JVM ring, mapped: the whole file read-only, and read-write only the consumer position's 8 bytes
 * (the kernel maps that page writable, the probe's code can reach only the 8 bytes). See the package documentation
 * for the checks {@link #open} makes and why.
 */
final class JvmRing implements AutoCloseable {

    final Path path;
    /** The host pid of the JVM: the kernel's, whatever namespace the JVM runs in. */
    final long pid;
    /** The pid the JVM sees (the header's): {@link #pid} unless {@link #threads} is set. */
    final long nsPid;
    final long startTime;
    final int ownerUid;
    /** The tid translation of a JVM in another PID namespace; null when its tids are the host's. */
    final ThreadIdMap threads;
    /** The pending record's tid as the JVM wrote it, while its host tid is unknown (0 otherwise). */
    long untranslatedTid;
    private final Arena arena;
    private final RingReader reader;
    /** This ring's own view: a record offered but not taken stays valid in it until the next offer. */
    final RecordView view = new RecordView();
    /** {@link #view} holds a record that was read but not taken yet. */
    boolean pending;
    /** The handler has been told about this ring ({@link JvmEventHandler#attached}). */
    boolean announced;

    private JvmRing(Path path, long pid, long nsPid, long startTime, int ownerUid, ThreadIdMap threads, Arena arena,
            RingReader reader) {
        this.path = path;
        this.pid = pid;
        this.nsPid = nsPid;
        this.startTime = startTime;
        this.ownerUid = ownerUid;
        this.threads = threads;
        this.arena = arena;
        this.reader = reader;
    }

    /** Opens, verifies and maps {@code path}, named {@code <pid>.ring}; throws with the reason it is refused. */
    static JvmRing open(Path path, long namePid) throws RingRejectedException {
        return open(path, new RingName(namePid, -1, 0), HostProcess.PROC);
    }

    /**
     * Opens, verifies and maps {@code path}, whose name said {@code name}, resolving a namespaced ring's host
     * process in {@code proc} (the host's /proc; another tree in tests); throws with the reason it is refused.
     */
    static JvmRing open(Path path, RingName name, Path proc) throws RingRejectedException {
        OpenedFile f;
        try {
            f = OpenedFile.open(path);
        } catch (IOException e) {
            throw new RingRejectedException(e.getMessage(), false);
        }
        try (f) {
            if (!f.isRegular()) {
                throw new RingRejectedException("not a regular file (mode " + Integer.toOctalString(f.mode) + ")", false);
            }
            if ((f.mode & 0022) != 0) {
                throw new RingRejectedException("writable by group or others (mode "
                        + Integer.toOctalString(f.mode & 07777) + ")", false);
            }
            if (f.size < RingLayout.fileSize(RingLayout.MIN_CAPACITY) || f.size > RingLayout.fileSize(RingLayout.MAX_CAPACITY)) {
                throw new RingRejectedException("size " + f.size + " is not a ring's", false);
            }
            return map(path, name, proc, f);
        }
    }

    private static JvmRing map(Path path, RingName name, Path proc, OpenedFile f) throws RingRejectedException {
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(f.procPath(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // The size was checked on the descriptor; a ring truncated since then makes the mapping shorter than
            // the header claims, which headerProblem rejects, or a later read fault, which poll turns into a rejection.
            MemorySegment all = ch.map(FileChannel.MapMode.READ_ONLY, 0, f.size, arena);
            MemorySegment consumer = ch.map(FileChannel.MapMode.READ_WRITE, RingLayout.OFF_CONSUMER, 8, arena);
            ByteBuffer ring = all.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            RingReader reader = new RingReader(ring, consumer.asByteBuffer(), 0);
            if (reader.pid() != name.pid()) {
                throw new RingRejectedException("header pid " + reader.pid() + " differs from the file name's", false);
            }
            if (!name.namespaced()) {
                verifyProcess(name.pid(), f.uid, reader);
                return new JvmRing(path, reader.pid(), reader.pid(), reader.startTime(), f.uid, null, arena, reader);
            }
            if (reader.startTime() != name.startTime()) {
                throw new RingRejectedException("header start time " + reader.startTime()
                        + " differs from the file name's", false);
            }
            long hostPid = HostProcess.resolve(proc, name, reader.pid(), reader.startTime(), f.uid);
            ThreadIdMap threads = new ThreadIdMap(proc.resolve(Long.toString(hostPid)));
            threads.rescan();
            return new JvmRing(path, hostPid, reader.pid(), reader.startTime(), f.uid, threads, arena, reader);
        } catch (CorruptRingException e) {
            arena.close();
            throw new RingRejectedException(e.getMessage(), false);
        } catch (IOException | InternalError e) {
            arena.close();
            throw new RingRejectedException("cannot map: " + e, false);
        } catch (RingRejectedException e) {
            arena.close();
            throw e;
        }
    }

    /** The header must name, by pid and start time, a live process whose user owns the file. */
    private static void verifyProcess(long namePid, int owner, RingReader reader) throws RingRejectedException {
        ProcIdentity proc = ProcIdentity.of(namePid);
        if (proc == null) {
            throw new RingRejectedException("process " + namePid + " is gone", true);
        }
        if (proc.startTime() != reader.startTime()) {
            throw new RingRejectedException("start time " + reader.startTime() + " is not process " + namePid
                    + "'s (" + proc.startTime() + "): pid reused or forged", true);
        }
        if (proc.euid() != owner) {
            throw new RingRejectedException("owned by uid " + owner + " but process " + namePid + " runs as uid "
                    + proc.euid(), false);
        }
    }

    /**
     * Reads the next event into {@code view}, with the host's tid for a namespaced JVM (0 while unknown); a read
     * fault (file truncated under us) becomes a corrupt ring.
     */
    boolean poll(RecordView view) throws CorruptRingException {
        boolean read;
        try {
            read = reader.poll(view);
        } catch (InternalError e) {
            throw new CorruptRingException("read fault (file truncated?): " + e.getMessage());
        }
        if (read && threads != null) {
            long nsTid = view.tid();
            long host = threads.hostTid(nsTid, System.nanoTime());
            view.replaceTid(host);
            untranslatedTid = host == 0 ? nsTid : 0;
        }
        return read;
    }

    /**
     * Before a pending record is offered again: the kernel side may have learned its thread meanwhile (the record
     * waited for the kernel events of its call, whose thread the probe then read), so look again, without /proc.
     */
    void retranslate(RecordView view) {
        if (untranslatedTid != 0) {
            int host = threads.lookup(untranslatedTid);
            if (host > 0) {
                view.replaceTid(host);
                untranslatedTid = 0;
            }
        }
    }

    long dropped() {
        return reader.dropped();
    }

    boolean alive() {
        return ProcIdentity.alive(pid, startTime);
    }

    @Override
    public void close() {
        try {
            reader.commit();
        } catch (InternalError e) {
            // the file was truncated under us: nothing left to give back
        }
        arena.close();
    }
}
