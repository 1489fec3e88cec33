package dev.peregrine.bench.probe;

import static dev.peregrine.probe.kernel.SyscallNumbers.name;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.probe.fields.SyscallFieldBinder;
import dev.peregrine.probe.daemon.FieldUseTracker;
import dev.peregrine.probe.daemon.WantedSyscalls;
import dev.peregrine.rules.DefaultRules;

import java.util.BitSet;

/**
 * Peregrine's default rules (the rules module's resources, base file first, as {@code peregrine run} loads them)
 * compiled into an engine, and the syscall slots they make the kernel capture, computed by the daemon's own
 * {@link WantedSyscalls} (the engine's evt.type index per decoded type, plus the process lifecycle, plus the
 * fd-creating calls when a rule reads fd state, which {@link FieldUseTracker} tells).
 */
final class DefaultRuleSet {

    private final Engine engine;
    private final BitSet wanted;
    private final int rules;

    private DefaultRuleSet(Engine engine, BitSet wanted, int rules) {
        this.engine = engine;
        this.wanted = wanted;
        this.rules = rules;
    }

    static DefaultRuleSet load() {
        FieldUseTracker tracker =
                new FieldUseTracker(new SyscallFieldBinder(System.currentTimeMillis() * 1_000_000L, "bench"));
        Engine engine = Engine.builder().binder(Sources.SYSCALL, tracker).hostname("bench").build();
        int enabled;
        try {
            enabled = engine.loadFiles(DefaultRules.load()).enabledRules();
        } catch (dev.peregrine.engine.diag.RulesException e) {
            throw new IllegalStateException("the default rules do not compile: " + e.getMessage(), e);
        }
        BitSet wanted = WantedSyscalls.compute(engine, tracker.fdFieldsUsed());
        return new DefaultRuleSet(engine, wanted, enabled);
    }

    Engine engine() {
        return engine;
    }

    BitSet wanted() {
        return (BitSet) wanted.clone();
    }

    int enabledRules() {
        return rules;
    }

    /** "14 slots: execve openat ...". */
    String describeWanted() {
        StringBuilder sb = new StringBuilder().append(wanted.cardinality()).append(" slots:");
        for (int slot = wanted.nextSetBit(0); slot >= 0; slot = wanted.nextSetBit(slot + 1)) {
            sb.append(' ').append(name(slot));
        }
        return sb.toString();
    }
}
