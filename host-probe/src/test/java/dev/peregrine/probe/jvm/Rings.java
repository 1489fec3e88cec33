package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test rings written the way the agent writes them, and processes to claim. */
final class Rings {

    static final int CAPACITY = 4096;

    private Rings() {
    }

    /** Creates {@code dir/<pid>.ring} (mode 0600) claiming {@code pid} and {@code startTime}; returns its mapping. */
    static MappedByteBuffer create(Path file, long pid, long startTime) throws IOException {
        long size = RingLayout.fileSize(CAPACITY);
        try (FileChannel ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_WRITE, 0, size);
            RingWriter.format(map, pid, startTime, CAPACITY);
            return map;
        }
    }

    static MappedByteBuffer createFor(Path dir, long pid) throws IOException {
        return create(dir.resolve(RingLayout.fileName(pid)), pid, ProcIdentity.startTime(pid));
    }

    /** Writes one process_start event with {@code argv} and {@code caller}. */
    static void write(ByteBuffer ring, List<String> argv, String caller) {
        RecordEncoder enc = new RecordEncoder(1024);
        enc.begin(RingLayout.OPS.indexOf("process_start"), RingLayout.FLAG_BEGIN, System.nanoTime(), 0, 1, 1, 0);
        for (int s = 0; s < RingLayout.STRING_SLOTS; s++) {
            enc.string(s == RingLayout.S_CALLER ? caller : null);
        }
        enc.list(argv);
        enc.list((List<String>) null);
        enc.list((List<String>) null);
        if (!new RingWriter(ring).offer(enc.buffer(), enc.finish())) {
            throw new IllegalStateException("test ring full");
        }
    }

    static long self() {
        return ProcessHandle.current().pid();
    }

    /** A {@code sleep} child, as root or (with {@code uid}) as another user through setpriv. */
    static Process sleeper(Integer uid) throws IOException {
        List<String> cmd = uid == null ? List.of("sleep", "60")
                : List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "sleep", "60");
        Process p = new ProcessBuilder(cmd).start();
        // setpriv execs sleep in the same process: wait until the uid switch is visible.
        for (int i = 0; i < 100 && uid != null; i++) {
            ProcIdentity id = ProcIdentity.of(p.pid());
            if (id != null && id.euid() == uid) {
                break;
            }
            sleepQuietly(20);
        }
        return p;
    }

    static void stop(Process p) throws InterruptedException {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
