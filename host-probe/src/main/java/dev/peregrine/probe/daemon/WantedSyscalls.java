package dev.peregrine.probe.daemon;

import static dev.peregrine.probe.kernel.SyscallNumbers.*;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.compile.CompiledRuleset;
import dev.peregrine.engine.event.Sources;

import java.util.BitSet;
import java.util.StringJoiner;

/**
 * Which syscalls the kernel should send: those some enabled syscall rule can match, plus what host state needs.
 * Asking the engine's own evt.type index ("which rules would see an event of this type?") for each type the probe
 * decodes gives exactly the rules' types, and every type when some rule leaves {@code evt.type} open, which is
 * Falco's rule. Whatever the kernel does not send costs nothing in the ring, nor in user space. Public so that the
 * probe benchmarks capture exactly what the daemon would.
 */
public final class WantedSyscalls {

    /** Always captured: the process table follows forks, execs and exits, or every proc.* field goes stale. */
    static final int[] PROCESS_LIFECYCLE = {PROC_FORK, PROC_EXIT, EXECVE, EXECVEAT};

    /**
     * Captured when rules read fd state: the calls that create fds or rename them (a socket's tuple). We do not see
     * close(2), so an fd table missing its creates would keep stale names for reused fd numbers.
     */
    static final int[] FD_STATE = {OPEN, OPENAT, OPENAT2, CREAT, SOCKET, ACCEPT, ACCEPT4, CONNECT, BIND, LISTEN,
        SENDTO, SENDMSG, DUP, DUP2, DUP3, MEMFD_CREATE};

    private WantedSyscalls() {
    }

    /** The slots to capture for the engine's current rules. */
    public static BitSet compute(Engine engine, boolean fdFieldsUsed) {
        BitSet wanted = forRules(engine.ruleset());
        for (int slot : PROCESS_LIFECYCLE) {
            wanted.set(slot);
        }
        if (fdFieldsUsed) {
            for (int slot : FD_STATE) {
                wanted.set(slot);
            }
        }
        return wanted;
    }

    /** The decoded types some enabled syscall rule can match (from the rule index). */
    static BitSet forRules(CompiledRuleset ruleset) {
        BitSet decoded = all();
        BitSet wanted = new BitSet(SLOTS);
        for (int slot = decoded.nextSetBit(0); slot >= 0; slot = decoded.nextSetBit(slot + 1)) {
            if (ruleset.candidates(Sources.SYSCALL, name(slot), true).length > 0) {
                wanted.set(slot);
            }
        }
        return wanted;
    }

    /** {@code 14 of 54: execve openat ...}, for the log. */
    static String describe(BitSet wanted) {
        StringJoiner names = new StringJoiner(" ", wanted.cardinality() + " of " + all().cardinality() + ": ", "");
        for (int slot = wanted.nextSetBit(0); slot >= 0; slot = wanted.nextSetBit(slot + 1)) {
            names.add(name(slot));
        }
        return names.toString();
    }
}
