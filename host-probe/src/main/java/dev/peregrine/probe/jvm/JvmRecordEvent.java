package dev.peregrine.probe.jvm;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.jvm.JvmEventView;
import dev.peregrine.engine.jvm.JvmOpenFlags;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.probe.state.HostState;
import dev.peregrine.probe.state.ProcessInfo;
import dev.peregrine.probe.state.UserEntry;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's view of one ring record: one instance, owned by the daemon's consumer thread, re-pointed at each
 * record with {@link #set}, its fields bound by the engine's {@code JvmFieldBinder}, the same binder the agent's
 * embedded engine uses. The call's values come from the record. The process ({@code proc.*}, {@code user.*},
 * {@code jvm.pid}, {@code jvm.main}) is the ring's verified pid looked up in the probe's own process table, never
 * anything the record says: a record is written by the JVM's owner and may lie about who it is. Strings and lists
 * are decoded from the ring only when a rule or an output asks for them, once per event.
 */
public final class JvmRecordEvent implements JvmEventView {

    private final HostState state;
    private final long epochOffsetNanos;
    private RecordView v;
    private long pid;
    private ProcessInfo proc;
    private boolean procLooked;
    private final String[] strings = new String[RingLayout.STRING_SLOTS];
    private final boolean[] decoded = new boolean[RingLayout.STRING_SLOTS];
    private List<String> argv;
    private List<String> stack;
    private List<String> flags;
    private String cmdline;

    /** {@code epochOffsetNanos} turns {@code System.nanoTime()} (the agent's clock: CLOCK_MONOTONIC) into epoch. */
    public JvmRecordEvent(HostState state, long epochOffsetNanos) {
        this.state = state;
        this.epochOffsetNanos = epochOffsetNanos;
    }

    /** The current time's offset between the epoch and {@code System.nanoTime()}, which every JVM here shares. */
    public static long epochOffsetNow() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
    }

    /** Re-points this event at {@code view}, read from the ring verified to belong to process {@code ringPid}. */
    public JvmRecordEvent set(long ringPid, RecordView view) {
        v = view;
        pid = ringPid;
        proc = null;
        procLooked = false;
        Arrays.fill(decoded, false);
        argv = null;
        stack = null;
        flags = null;
        cmdline = null;
        return this;
    }

    @Override public long timestampNanos() { return v.monoNanos() + epochOffsetNanos; }

    /** A code this probe does not know (newer agent, garbage) is "unknown". */
    @Override
    public String op() {
        int op = v.op();
        return op < RingLayout.OPS.size() ? RingLayout.OPS.get(op) : "unknown";
    }

    private String string(int slot) {
        if (!decoded[slot]) {
            strings[slot] = v.string(slot);
            decoded[slot] = true;
        }
        return strings[slot];
    }

    @Override public String path() { return string(RingLayout.S_PATH); }
    @Override public String target() { return string(RingLayout.S_TARGET); }

    /** The record's number slot: open flags on a file open, the port on a network operation. */
    @Override public int openFlags() { return v.number(); }

    @Override
    public List<String> openFlagNames() {
        if (flags == null) {
            flags = JvmOpenFlags.names(v.number());
        }
        return flags;
    }

    @Override
    public List<String> execArgv() {
        if (argv == null) {
            argv = v.list(RingLayout.L_ARGV);
        }
        return argv;
    }

    @Override
    public String execCmdline() {
        if (cmdline == null && execArgv() != null) {
            cmdline = String.join(" ", execArgv());
        }
        return cmdline;
    }

    @Override public String execCwd() { return string(RingLayout.S_CWD); }
    @Override public String netAddress() { return string(RingLayout.S_ADDRESS); }
    @Override public String netHost() { return string(RingLayout.S_HOST); }
    @Override public long netPort() { return v.number(); }
    @Override public String netFamily() { return string(RingLayout.S_FAMILY); }
    @Override public String deserClass() { return string(RingLayout.S_CLASS_NAME); }
    @Override public String jndiName() { return string(RingLayout.S_JNDI_NAME); }
    @Override public String threadName() { return string(RingLayout.S_THREAD_NAME); }

    /**
     * The agent's tid for a JVM in the probe's PID namespace, translated when the record was read for one in a
     * container; 0 when the thread was gone before the probe could learn it.
     */
    @Override public long threadTid() { return v.tid(); }
    @Override public boolean threadVirtual() { return (v.flags() & RingLayout.FLAG_VIRTUAL_THREAD) != 0; }
    @Override public String caller() { return string(RingLayout.S_CALLER); }

    @Override
    public List<String> stack() {
        if (stack == null) {
            stack = v.list(RingLayout.L_STACK);
        }
        return stack;
    }

    /** From the command line the kernel saw, not from the record. */
    @Override public String mainClass() { return proc() == null ? null : JvmMainClass.of(proc().args()); }

    /** The ring's verified pid, not the record's. */
    @Override public long pid() { return pid; }
    @Override public String procName() { return proc() == null ? null : proc().comm(); }
    @Override public String procCmdline() { return proc() == null ? null : proc().cmdline(); }
    @Override public String procExePath() { return proc() == null ? null : proc().exePath(); }

    @Override
    public String userName() {
        UserEntry user = proc() == null ? null : state.users().user(proc().euid());
        return user == null ? null : user.name();
    }

    @Override public long userUid() { return proc() == null ? Accessor.ABSENT : Integer.toUnsignedLong(proc().euid()); }

    /** The JVM's process as the probe knows it (kernel events, /proc), or null if it is already gone. */
    private ProcessInfo proc() {
        if (!procLooked) {
            procLooked = true;
            proc = pid > 0 && pid <= Integer.MAX_VALUE ? state.processes().resolve((int) pid) : null;
        }
        return proc;
    }
}
