package dev.peregrine.probe.daemon;

import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.engine.sink.JsonLinesSink;
import dev.peregrine.engine.sink.MultiSink;
import dev.peregrine.engine.sink.Slf4jSink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
            sinks.add(openFile(config.outputFile(), json));
        }
        return new MultiSink(sinks);
    }

    private static AlertSink openFile(Path path, FalcoJson json) throws IOException {
        try {
            return JsonLinesSink.file(path, json);
        } catch (IOException e) {
            throw new IOException(path + ": cannot open for alerts: " + e.getMessage(), e);
        }
    }
}
