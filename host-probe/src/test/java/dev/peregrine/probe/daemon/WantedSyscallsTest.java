package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.probe.fields.SyscallFieldBinder;
import dev.peregrine.probe.kernel.SyscallNumbers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the kernel is told to send, for given rules (no kernel needed: the engine's index decides). */
class WantedSyscallsTest {

    private final List<RulesFile> files = new ArrayList<>();

    private LiveRules load(DaemonConfig config, String yaml) throws Exception {
        files.clear();
        files.add(new RulesFile("test.yaml", yaml));
        return LiveRules.load(config, () -> List.copyOf(files), new SyscallFieldBinder(0, "h"), "h");
    }

    private static String rule(String name, String condition, String priority) {
        return """
                - rule: %s
                  desc: d
                  condition: %s
                  output: "%%proc.name"
                  priority: %s
                """.formatted(name, condition, priority);
    }

    private static BitSet slots(int... slots) {
        BitSet b = new BitSet();
        for (int s : slots) {
            b.set(s);
        }
        return b;
    }

    @Test
    void processRulesNeedTheirTypesAndTheLifecycleOnly() throws Exception {
        LiveRules rules = load(DaemonConfig.DEFAULTS, rule("r", "evt.type = ptrace and proc.name = x", "WARNING"));
        BitSet expected = slots(SyscallNumbers.PTRACE);
        expected.or(slots(WantedSyscalls.PROCESS_LIFECYCLE));
        assertEquals(expected, rules.wanted(), WantedSyscalls.describe(rules.wanted()));
    }

    @Test
    void fdFieldsAddTheFdCreatingCalls() throws Exception {
        LiveRules rules = load(DaemonConfig.DEFAULTS, rule("r", "evt.type = unlinkat and fd.name = /x", "WARNING"));
        BitSet expected = slots(SyscallNumbers.UNLINKAT);
        expected.or(slots(WantedSyscalls.PROCESS_LIFECYCLE));
        expected.or(slots(WantedSyscalls.FD_STATE));
        assertEquals(expected, rules.wanted(), WantedSyscalls.describe(rules.wanted()));
    }

    @Test
    void aRuleWithoutEvtTypeNeedsEverything() throws Exception {
        LiveRules rules = load(DaemonConfig.DEFAULTS, rule("r", "evt.type = ptrace", "WARNING")
                + rule("open", "proc.name = x", "WARNING"));
        assertEquals(SyscallNumbers.all(), rules.wanted());
    }

    @Test
    void rulesBelowTheMinimumPriorityAreNotCaptured() throws Exception {
        DaemonConfig config = new DaemonConfig(List.of(), DaemonConfig.DEFAULTS.ruleMatching(), Priority.WARNING,
                true, false, DaemonConfig.DEFAULTS.json(), null, DropPolicy.DEFAULTS, "info", 4096,
                java.time.Duration.ZERO);
        LiveRules rules = load(config, rule("loud", "evt.type = ptrace", "CRITICAL")
                + rule("quiet", "evt.type = mount", "DEBUG"));
        assertTrue(rules.wanted().get(SyscallNumbers.PTRACE));
        assertFalse(rules.wanted().get(SyscallNumbers.MOUNT));
    }

    @Test
    void aFailedReloadKeepsTheRulesAndWhatTheyNeed() throws Exception {
        LiveRules rules = load(DaemonConfig.DEFAULTS, rule("r", "evt.type = openat and fd.name = /x", "WARNING"));
        BitSet before = rules.wanted();
        files.set(0, new RulesFile("test.yaml", rule("r", "evt.type = mount and proc.nmae = x", "WARNING")));
        assertFalse(rules.reload());
        assertEquals(before, rules.wanted());
        files.set(0, new RulesFile("test.yaml", rule("r", "evt.type = mount", "WARNING")));
        assertTrue(rules.reload());
        assertTrue(rules.wanted().get(SyscallNumbers.MOUNT));
        assertFalse(rules.wanted().get(SyscallNumbers.OPENAT), "fd tracking is no longer needed");
    }
}
