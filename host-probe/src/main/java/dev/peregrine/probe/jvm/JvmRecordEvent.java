package dev.peregrine.probe.jvm;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;
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
 * record with {@link #set}. The process it belongs to is the ring's verified pid looked up in the probe's own
 * process table, never anything the record says. Strings and lists are decoded from the ring only when a rule or
 * an output asks for them, once per event.
 */
public final class JvmRecordEvent implements Event {

    final HostState state;
    private final long epochOffsetNanos;
    RecordView v;
    long pid;
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

    @Override
    public String source() {
        return Sources.JVM;
    }

    @Override
    public String type() {
        return op();
    }

    @Override
    public long timestampNanos() {
        return v.monoNanos() + epochOffsetNanos;
    }

    /** The operation's name ({@code jvm.op}); a code this probe does not know (newer agent, garbage) is "unknown". */
    String op() {
        int op = v.op();
        return op < RingLayout.OPS.size() ? RingLayout.OPS.get(op) : "unknown";
    }

    boolean isOp(String name) {
        return op().equals(name);
    }

    String string(int slot) {
        if (!decoded[slot]) {
            strings[slot] = v.string(slot);
            decoded[slot] = true;
        }
        return strings[slot];
    }

    List<String> argv() {
        if (argv == null) {
            argv = v.list(RingLayout.L_ARGV);
        }
        return argv;
    }

    List<String> stack() {
        if (stack == null) {
            stack = v.list(RingLayout.L_STACK);
        }
        return stack;
    }

    List<String> flags() {
        if (flags == null) {
            flags = JvmOpenFlags.names(v.number());
        }
        return flags;
    }

    String cmdline() {
        if (cmdline == null && argv() != null) {
            cmdline = String.join(" ", argv());
        }
        return cmdline;
    }

    /** The JVM's process as the probe knows it (kernel events, /proc), or null if it is already gone. */
    ProcessInfo proc() {
        if (!procLooked) {
            procLooked = true;
            proc = pid > 0 && pid <= Integer.MAX_VALUE ? state.processes().resolve((int) pid) : null;
        }
        return proc;
    }

    UserEntry user() {
        ProcessInfo p = proc();
        return p == null ? null : state.users().user(p.euid());
    }
}
