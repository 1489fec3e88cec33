package dev.peregrine.bench.probe;

import static dev.peregrine.probe.kernel.SyscallNumbers.*;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.probe.fields.SyscallFieldBinder;
import dev.peregrine.probe.kernel.SyscallNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Peregrine's default rules (the rules module's resources, base file first, as {@code peregrine run} loads them)
 * compiled into an engine, and the syscall slots they make the kernel capture. The slot computation mirrors
 * {@code dev.peregrine.probe.daemon.WantedSyscalls} (package-private there): the engine's evt.type index per decoded
 * type, plus the process lifecycle, plus the fd-creating calls when a rule reads fd state.
 */
final class DefaultRuleSet {

    /** Same order as cli's DefaultRules: the host rules first, then the others by name. */
    private static final String[] RESOURCES = {"rules/peregrine_rules.yaml", "rules/jvm_rules.yaml"};
    private static final int[] PROCESS_LIFECYCLE = {PROC_FORK, PROC_EXIT, EXECVE, EXECVEAT};
    private static final int[] FD_STATE = {OPEN, OPENAT, OPENAT2, CREAT, SOCKET, ACCEPT, ACCEPT4, CONNECT, BIND,
        LISTEN, SENDTO, SENDMSG, DUP, DUP2, DUP3, MEMFD_CREATE};

    private final Engine engine;
    private final BitSet wanted;
    private final int rules;

    private DefaultRuleSet(Engine engine, BitSet wanted, int rules) {
        this.engine = engine;
        this.wanted = wanted;
        this.rules = rules;
    }

    static DefaultRuleSet load() {
        boolean[] fdFields = new boolean[1];
        FieldBinder syscallFields = new SyscallFieldBinder(System.currentTimeMillis() * 1_000_000L, "bench");
        FieldBinder watched = (FieldDef field, String argument) -> {
            if (field.name().startsWith("fd.") || field.name().startsWith("evt.abspath")) {
                fdFields[0] = true;
            }
            return syscallFields.bind(field, argument);
        };
        Engine engine = Engine.builder().binder(Sources.SYSCALL, watched).hostname("bench").build();
        int enabled;
        try {
            enabled = engine.loadFiles(read()).enabledRules();
        } catch (dev.peregrine.engine.diag.RulesException e) {
            throw new IllegalStateException("the default rules do not compile: " + e.getMessage(), e);
        }
        BitSet wanted = new BitSet(SLOTS);
        BitSet decoded = SyscallNumbers.all();
        for (int slot = decoded.nextSetBit(0); slot >= 0; slot = decoded.nextSetBit(slot + 1)) {
            if (engine.ruleset().candidates(Sources.SYSCALL, name(slot), true).length > 0) {
                wanted.set(slot);
            }
        }
        for (int slot : PROCESS_LIFECYCLE) {
            wanted.set(slot);
        }
        if (fdFields[0]) {
            for (int slot : FD_STATE) {
                wanted.set(slot);
            }
        }
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

    private static List<RulesFile> read() {
        List<RulesFile> files = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = DefaultRuleSet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the class path (peregrine-rules missing)");
                }
                files.add(new RulesFile("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
