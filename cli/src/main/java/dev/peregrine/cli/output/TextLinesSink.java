package dev.peregrine.cli.output;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoText;
import dev.peregrine.engine.sink.AlertSink;

import java.io.PrintWriter;
import java.time.ZoneId;

/** Falco's text alert lines ({@code 09:12:31.123456789: Warning ...}) on a writer the sink does not own. */
final class TextLinesSink implements AlertSink {

    private final PrintWriter out;
    private final ZoneId zone;

    TextLinesSink(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    @Override
    public void accept(Alert alert) {
        String line = FalcoText.line(alert, zone);
        synchronized (out) {
            out.println(line);
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
