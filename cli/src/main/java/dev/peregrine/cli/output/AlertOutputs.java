package dev.peregrine.cli.output;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.engine.sink.JsonLinesSink;
import dev.peregrine.engine.sink.MultiSink;
import dev.peregrine.engine.sink.Slf4jSink;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

import org.slf4j.LoggerFactory;

/**
 * Every place a command's alerts go: stdout (Falco text lines, or Falco JSON lines), optionally a JSON-lines file,
 * and always the SLF4J logger {@value Slf4jSink#LOGGER} (off unless {@code --log-alerts} or
 * {@code PEREGRINE_ALERTS_LOG} turns it on, since stdout already shows them). Built on the engine's sinks; this
 * class only chooses them and counts alerts per priority for the closing summary.
 */
public final class AlertOutputs implements AlertSink {

    private final MultiSink sinks;
    private final AtomicLongArray counts = new AtomicLongArray(Priority.values().length);

    private AlertOutputs(List<AlertSink> sinks) {
        this.sinks = new MultiSink(sinks);
    }

    /**
     * @param json       stdout gets Falco JSON lines instead of text lines
     * @param outputFile also append Falco JSON lines to this file, or {@code null}
     * @param logAlerts  turn the {@value Slf4jSink#LOGGER} logger on (all priorities)
     * @throws IOException when the output file cannot be opened (e.g. it is a symbolic link)
     */
    public static AlertOutputs open(boolean json, Path outputFile, boolean logAlerts, PrintWriter stdout)
            throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        List<AlertSink> sinks = new ArrayList<>(3);
        sinks.add(json ? new JsonLinesSink(stdout, false, new FalcoJson(zone)) : new TextLinesSink(stdout, zone));
        if (outputFile != null) {
            try {
                sinks.add(JsonLinesSink.file(outputFile, zone));
            } catch (IOException e) {
                throw new IOException(outputFile + ": cannot open for alerts: " + e, e);
            }
        }
        if (logAlerts && LoggerFactory.getLogger(Slf4jSink.LOGGER) instanceof Logger logback) {
            logback.setLevel(Level.TRACE);
        }
        sinks.add(new Slf4jSink(zone));
        return new AlertOutputs(sinks);
    }

    @Override
    public void accept(Alert alert) {
        counts.incrementAndGet(alert.priority().ordinal());
        sinks.accept(alert);
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** {@code 3 alerts (1 Critical, 2 Warning)}, or {@code no alerts}. */
    public String summary() {
        long total = total();
        if (total == 0) {
            return "no alerts";
        }
        StringBuilder sb = new StringBuilder().append(total).append(total == 1 ? " alert (" : " alerts (");
        String separator = "";
        for (Priority p : Priority.values()) {
            long n = counts.get(p.ordinal());
            if (n > 0) {
                sb.append(separator).append(n).append(' ').append(p.display());
                separator = ", ";
            }
        }
        return sb.append(')').toString();
    }

    /** Alerts that some channel failed to take (e.g. a full disk under the output file). */
    public long failures() {
        return sinks.failures();
    }

    @Override
    public void close() {
        sinks.close();
    }
}
