package dev.peregrine.agent.embedded;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.OpenFlags;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's view of a {@link CapturedEvent}: one instance, owned by the consumer thread, re-pointed at each
 * event with {@link #set}. Values that must be built (lists, joined command lines) are built only when a rule or an
 * output asks for them, once per event.
 */
final class JvmEvent implements Event {

    final ProcessInfo proc;
    CapturedEvent e;
    private List<String> flags;
    private List<String> argv;
    private String cmdline;

    JvmEvent(ProcessInfo proc) {
        this.proc = proc;
    }

    void set(CapturedEvent event) {
        this.e = event;
        flags = null;
        argv = null;
        cmdline = null;
    }

    @Override
    public String source() {
        return Sources.JVM;
    }

    @Override
    public String type() {
        return e.op.id();
    }

    @Override
    public long timestampNanos() {
        return proc.epochNanos(e.monoNanos);
    }

    List<String> flags() {
        if (flags == null) {
            flags = OpenFlags.names(e.flags);
        }
        return flags;
    }

    List<String> argv() {
        if (argv == null && e.argv != null) {
            argv = Arrays.asList(e.argv);
        }
        return argv;
    }

    String cmdline() {
        if (cmdline == null && e.argv != null) {
            cmdline = String.join(" ", e.argv);
        }
        return cmdline;
    }
}
