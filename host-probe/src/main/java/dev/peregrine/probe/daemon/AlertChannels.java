package dev.peregrine.probe.daemon;

import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.engine.sink.JsonLinesSink;
import dev.peregrine.engine.sink.MultiSink;
import dev.peregrine.engine.sink.Slf4jSink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The daemon's alert channels, from the engine's sinks: always the SLF4J logger {@value Slf4jSink#LOGGER} (readable
 * lines; the logging configuration decides where they go), Falco JSON lines on stdout when asked, and a JSON-lines
 * file. One failing channel never costs the others their alert ({@link MultiSink}).
 */
final class AlertChannels {

    private AlertChannels() {
    }

    static AlertSink open(DaemonConfig config, Writer stdout) throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        FalcoJson json = new FalcoJson(config.json(), zone);
        List<AlertSink> sinks = new ArrayList<>(3);
        sinks.add(new Slf4jSink(zone));
        if (config.stdoutOutput() && config.jsonOutput()) {
            sinks.add(new JsonLinesSink(stdout, false, json));
        }
        if (config.outputFile() != null) {
            sinks.add(new JsonLinesSink(appendOnly(config.outputFile()), true, json));
        }
        return new MultiSink(sinks);
    }

    /**
     * ADAPTER: {@code JsonLinesSink.file(path, zone)} opens the file the same safe way but always with Falco's default
     * JSON options; until it takes a {@link FalcoJson}, the file is opened here: append, created owner-only, and a
     * symbolic link refused, not followed (as root, a planted link would redirect our writes).
     */
    private static Writer appendOnly(Path path) throws IOException {
        try {
            return new BufferedWriter(Channels.newWriter(Files.newByteChannel(path,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(path + ": cannot open for alerts: " + e.getMessage(), e);
        }
    }
}
