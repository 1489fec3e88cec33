package dev.peregrine.agent.embedded;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.engine.jvm.JvmEventView;
import dev.peregrine.engine.jvm.JvmOpenFlags;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's view of a {@link CapturedEvent}: one instance, owned by the consumer thread, re-pointed at each
 * event with {@link #set}. Its fields are bound by the engine's {@code JvmFieldBinder}, the same binder the host
 * probe uses over ring records. Values that must be built (lists, joined command lines) are built only when a rule
 * or an output asks for them, once per event; the process facts are this JVM's own.
 */
final class JvmEvent implements JvmEventView {

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

    @Override public long timestampNanos() { return proc.epochNanos(e.monoNanos); }
    @Override public String op() { return e.op.id(); }
    @Override public String path() { return e.path; }
    @Override public String target() { return e.target; }
    @Override public int openFlags() { return e.flags; }

    @Override
    public List<String> openFlagNames() {
        if (flags == null) {
            flags = JvmOpenFlags.names(e.flags);
        }
        return flags;
    }

    @Override
    public List<String> execArgv() {
        if (argv == null && e.argv != null) {
            argv = Arrays.asList(e.argv);
        }
        return argv;
    }

    @Override
    public String execCmdline() {
        if (cmdline == null && e.argv != null) {
            cmdline = String.join(" ", e.argv);
        }
        return cmdline;
    }

    @Override public String execCwd() { return e.cwd; }
    @Override public String netAddress() { return e.address; }
    @Override public String netHost() { return e.host; }
    @Override public long netPort() { return e.port; }
    @Override public String netFamily() { return e.family; }
    @Override public String deserClass() { return e.className; }
    @Override public String jndiName() { return e.jndiName; }
    @Override public String threadName() { return e.threadName; }
    @Override public long threadTid() { return e.tid; }
    @Override public boolean threadVirtual() { return e.virtualThread; }
    @Override public String caller() { return e.caller; }
    @Override public List<String> stack() { return e.stack; }
    @Override public String mainClass() { return proc.main(); }
    @Override public long pid() { return proc.pid(); }
    @Override public String procName() { return proc.name(); }
    @Override public String procCmdline() { return proc.cmdline(); }
    @Override public String procExePath() { return proc.exePath(); }
    @Override public String userName() { return proc.user(); }
    @Override public long userUid() { return proc.uid(); }
}
