package dev.peregrine.engine.sink;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoJson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.Set;

/**
 * Falco JSON alerts, one per line (JSON Lines), UTF-8: what {@code falco -o json_output=true} prints and what
 * Falcosidekick, Fluent Bit or {@code jq} read. Each line is flushed as it is written, so a crash loses no alert
 * already accepted. The JSON is built outside the lock; only the write itself is serialized, so lines from
 * several threads never interleave.
 */
public final class JsonLinesSink implements AlertSink {

    private final Writer out;
    private final boolean ownsWriter;
    private final FalcoJson json;
    private final Object lock = new Object();
    /** Per thread: the line is built outside the lock, into a builder and char array reused across alerts. */
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);
    private boolean closed;

    /** Writes to {@code out}; closes it on {@link #close()} only if {@code ownsWriter}. */
    public JsonLinesSink(Writer out, boolean ownsWriter, FalcoJson json) {
        this.out = out;
        this.ownsWriter = ownsWriter;
        this.json = json;
    }

    /**
     * To {@link System#out} as it is when called (so a redirected {@code System.out} is honoured), encoded as UTF-8
     * whatever the platform charset; flushed, never closed: it is not ours.
     */
    public static JsonLinesSink stdout(ZoneId zone) {
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        return new JsonLinesSink(w, false, new FalcoJson(zone));
    }

    /**
     * Appends to the file at {@code path}, creating it readable by its owner only. A symbolic link there is
     * refused rather than followed: as root, following a planted link would let anyone redirect our writes.
     */
    public static JsonLinesSink file(Path path, ZoneId zone) throws IOException {
        return file(path, new FalcoJson(zone));
    }

    /** As {@link #file(Path, ZoneId)}, with the given JSON options (Falco's {@code json_include_*}). */
    public static JsonLinesSink file(Path path, FalcoJson json) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileAttribute<?>[] attributes = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Writer w = new BufferedWriter(Channels.newWriter(Files.newByteChannel(path, options, attributes),
                StandardCharsets.UTF_8));
        return new JsonLinesSink(w, true, json);
    }

    @Override
    public void accept(Alert alert) {
        Buffers b = buffers.get();
        StringBuilder line = b.line;
        line.setLength(0);
        json.append(line, alert);
        line.append('\n');
        int n = line.length();
        if (b.chars.length < n) {
            b.chars = new char[Math.max(n, 2 * b.chars.length)];
        }
        line.getChars(0, n, b.chars, 0);
        if (line.capacity() > 64 * 1024) {
            b.line = new StringBuilder(1024); // one huge alert must not pin its buffer forever
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("JSON lines sink is closed");
            }
            try {
                out.write(b.chars, 0, n);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write alert '" + alert.rule() + "'", e);
            }
        }
    }

    private static final class Buffers {
        StringBuilder line = new StringBuilder(1024);
        char[] chars = new char[1024];
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (ownsWriter) {
                    out.close();
                } else {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close JSON lines sink", e);
            }
        }
    }
}
