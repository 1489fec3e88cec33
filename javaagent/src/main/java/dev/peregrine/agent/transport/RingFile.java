package dev.peregrine.agent.transport;

import dev.peregrine.agent.capture.PidNamespace;
import dev.peregrine.engine.transport.ProcStartTime;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** This JVM's ring file: created exclusively (see the package documentation), mapped, deleted at close. */
final class RingFile implements AutoCloseable {

    private final Path path;
    private final MappedByteBuffer map;

    private RingFile(Path path, MappedByteBuffer map) {
        this.path = path;
        this.map = map;
    }

    static RingFile create(Path dir, long pid, int capacity) throws IOException {
        long startTime = ProcStartTime.parse(Files.readString(Path.of("/proc/self/stat")));
        if (startTime < 0) {
            throw new IOException("cannot read this JVM's start time from /proc/self/stat");
        }
        Path ring = dir.resolve(name(pid, startTime, PidNamespace.inode()));
        Path tmp = dir.resolve(ring.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        long size = RingLayout.fileSize(capacity);
        MappedByteBuffer map;
        try (FileChannel ch = (FileChannel) Files.newByteChannel(tmp, Set.<OpenOption>of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            map = ch.map(FileChannel.MapMode.READ_WRITE, 0, size);
            RingWriter.format(map, pid, startTime, capacity);
            Files.createLink(ring, tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new RingFile(ring, map);
    }

    /**
     * {@code <pid>.ring} in the initial PID namespace; in a container, where the pid is the namespace's and another
     * container's JVM may have the same, a name with the start time, the namespace and a nonce (see
     * {@link RingLayout#namespacedFileName}).
     */
    static String name(long pid, long startTime, long pidNamespace) {
        return PidNamespace.initial(pidNamespace) ? RingLayout.fileName(pid)
                : RingLayout.namespacedFileName(pid, startTime, pidNamespace, ThreadLocalRandom.current().nextLong());
    }

    ByteBuffer buffer() {
        return map;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
