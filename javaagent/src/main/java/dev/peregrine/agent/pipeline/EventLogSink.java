package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.ProcessInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes every JVM event as a JSON line ({@link EventJson}) to a file: the {@code events.file} option, for
 * debugging rules and for the integration tests. Buffered; flushed whenever the queue runs empty.
 */
public final class EventLogSink implements EventSink {

    private final BufferedWriter out;
    private final ProcessInfo proc;
    private final StringBuilder line = new StringBuilder(512);

    public EventLogSink(Path file, ProcessInfo proc) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.proc = proc;
    }

    @Override
    public void accept(CapturedEvent e) throws IOException {
        line.setLength(0);
        EventJson.append(line, e, proc);
        out.append(line).append('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public String toString() {
        return "event log";
    }
}
