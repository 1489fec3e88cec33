package dev.peregrine.engine;

import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RulesFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {

    private static final String RULES = """
            - rule: open etc
              desc: d
              condition: evt.type in (open, openat) and fd.name startswith /etc/
              output: opened %fd.name
              priority: WARNING
            - rule: exec shell
              desc: d
              condition: evt.type = execve and proc.name in (bash, sh)
              output: shell %proc.name
              priority: NOTICE
              tags: [shell]
            - rule: any bash
              desc: d
              condition: proc.name = bash
              output: bash did %evt.type
              priority: INFO
              warn_evttypes: false
            - rule: not open
              desc: d
              condition: evt.type != openat and proc.name = cat
              output: cat did %evt.type
              priority: DEBUG
            - rule: jvm file
              desc: d
              condition: jvm.op = file_open and jvm.file.path startswith /etc/
              output: java opened %jvm.file.path
              priority: ERROR
              source: jvm
            """;

    private static Engine engine(AtomicLong reads, RuleMatching matching, Priority minimum) throws RulesException {
        Engine e = Engine.builder().binder(Sources.SYSCALL, MapEvent.binder(reads))
                .binder(Sources.JVM, MapEvent.binder(reads)).ruleMatching(matching).minimumPriority(minimum)
                .hostname("h").build();
        e.loadFiles(List.of(new RulesFile("rules.yaml", RULES)));
        return e;
    }

    private static List<String> fire(Engine e, MapEvent event) {
        CollectingSink sink = new CollectingSink();
        e.evaluate(event, sink);
        return sink.rules();
    }

    @Test
    void indexOffersAnEventOnlyTheRulesThatCanMatchItsType() throws RulesException {
        Engine e = engine(new AtomicLong(), RuleMatching.ALL, Priority.DEBUG);
        assertEquals(List.of("open etc", "any bash", "not open"), e.candidateRules("syscall", "open"));
        assertEquals(List.of("open etc", "any bash"), e.candidateRules("syscall", "openat"));
        assertEquals(List.of("exec shell", "any bash", "not open"), e.candidateRules("syscall", "execve"));
        assertEquals(List.of("any bash", "not open"), e.candidateRules("syscall", "connect"));
        assertEquals(List.of("jvm file"), e.candidateRules("jvm", "file_open"));
        assertEquals(List.of(), e.candidateRules("jvm", "net_connect"));
        assertEquals(List.of(), e.candidateRules("k8s_audit", "x"));
    }

    @Test
    void nonCandidateRulesReadNoField() throws RulesException {
        AtomicLong reads = new AtomicLong();
        Engine e = engine(reads, RuleMatching.ALL, Priority.DEBUG);
        // A connect event meets only "any bash" and "not open": each reads proc.name once. The evt.type check of
        // "not open" is answered by the index and folded away, so evt.type is not read. No field of "open etc" or
        // "exec shell" is read.
        fire(e, MapEvent.syscall("connect").with("proc.name", "curl"));
        assertEquals(2, reads.get());
        reads.set(0);
        fire(e, new MapEvent("jvm", "net_connect"));
        assertEquals(0, reads.get(), "no jvm rule can match net_connect");
    }

    @Test
    void evaluatesAllMatchingRulesInFileOrderOrOnlyTheFirst() throws RulesException {
        MapEvent event = MapEvent.syscall("execve").with("proc.name", "bash");
        assertEquals(List.of("exec shell", "any bash"), fire(engine(new AtomicLong(), RuleMatching.ALL,
                Priority.DEBUG), event));
        assertEquals(List.of("exec shell"), fire(engine(new AtomicLong(), RuleMatching.FIRST, Priority.DEBUG), event));
        assertEquals(List.of("jvm file"), fire(engine(new AtomicLong(), RuleMatching.ALL, Priority.DEBUG),
                new MapEvent("jvm", "file_open").with("jvm.op", "file_open").with("jvm.file.path", "/etc/passwd")));
    }

    @Test
    void minimumPriorityDisablesLessSevereRules() throws RulesException {
        Engine e = engine(new AtomicLong(), RuleMatching.ALL, Priority.NOTICE);
        assertEquals(5, e.summary().rules());
        assertEquals(3, e.summary().enabledRules());
        assertEquals(List.of("exec shell"), fire(e, MapEvent.syscall("execve").with("proc.name", "bash")));
    }

    @Test
    void aFailingReloadKeepsThePreviousRules() throws RulesException {
        Engine e = engine(new AtomicLong(), RuleMatching.ALL, Priority.DEBUG);
        MapEvent event = MapEvent.syscall("openat").with("fd.name", "/etc/shadow");
        assertEquals(List.of("open etc"), fire(e, event));
        RulesException ex = assertThrows(RulesException.class, () -> e.loadFiles(List.of(
                new RulesFile("good.yaml", RULES.replace("open etc", "renamed")),
                new RulesFile("bad.yaml", "- rule: broken\n  desc: d\n  condition: fd.nmae = x\n  output: o\n"
                        + "  priority: INFO\n"))));
        assertTrue(ex.getMessage().startsWith("bad.yaml:3:14: error: unknown field 'fd.nmae'"), ex.getMessage());
        assertEquals(List.of("open etc"), fire(e, event), "old ruleset still active");
        assertEquals(5, e.summary().rules());
        e.loadFiles(List.of(new RulesFile("good.yaml", RULES.replace("open etc", "renamed"))));
        assertEquals(List.of("renamed"), fire(e, event), "a successful reload swaps the ruleset");
    }

    @Test
    void evaluateIsSafeFromManyThreads() throws Exception {
        Engine e = engine(new AtomicLong(), RuleMatching.ALL, Priority.DEBUG);
        List<Thread> threads = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    e.evaluate(MapEvent.syscall("execve").with("proc.name", "bash"), sink);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(8000, sink.alerts.size());
    }

    @Test
    void loadsFromPaths() throws RulesException {
        Engine e = Engine.builder().build();
        LoadSummary s = e.load(List.of(Reference.falcoRules()));
        assertEquals(25, s.enabledRules());
        assertThrows(RulesException.class, () -> e.load(List.of(Reference.dir().resolve("missing.yaml"))));
    }
}
