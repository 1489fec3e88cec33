package dev.peregrine.agent.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.FileFilter;
import dev.peregrine.agent.capture.Interest;
import dev.peregrine.agent.capture.JvmOp;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.jvm.JvmFieldBinder;
import dev.peregrine.engine.rules.RulesFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interest worked out from the rules must pass every file operation a rule can match (checked against the
 * engine itself on many paths), and should drop the ones no rule can match.
 */
class RuleInterestTest {

    private static final String CUSTOM = """
            - rule: keys under data
              desc: test
              condition: jvm.op = file_open and jvm.file.path glob "/data/*.key"
              output: key %jvm.file.path
              priority: WARNING
              source: jvm
            - rule: deleted config
              desc: test
              condition: jvm.op = file_delete and (jvm.file.path endswith ".conf" or jvm.file.path = /srv/x)
              output: deleted %jvm.file.path
              priority: WARNING
              source: jvm
            - rule: renamed anything but tmp
              desc: test
              condition: jvm.op = file_rename and not jvm.file.path startswith /tmp/
              output: renamed %jvm.file.path
              priority: WARNING
              source: jvm
            """;

    /** Paths and write flags that exercise every kind of check in the built-in and the custom rules. */
    private static final List<String> PATHS = List.of("/etc/shadow", "/etc/shadow-", "/etc/sudoers.d/app",
            "/etc/hostname", "/root/.ssh/id_rsa", "/root/.sshx", "/opt/app/config.yml", "/opt/app/../etc/passwd",
            "/srv/tomcat/webapps/ROOT/shell.jsp", "/srv/tomcat/webapps/ROOT/A.class", "/srv/app/A.class",
            "/tmp/x.jsp", "/tmp/y", "/data/a.key", "/data/sub/b.key", "/data/a.txt", "/srv/x", "/srv/x.conf",
            "/proc/self/environ", "/proc/1/environ", "/var/run/secrets/kubernetes.io/token", "relative.txt");

    @Test
    void builtInRulesKeepWhatTheyCanMatchAndDropTheRest() throws Exception {
        Engine engine = engine(EmbeddedEngine.rulesFiles(AgentOptions.parse("")));
        Interest interest = RuleInterest.of(engine.ruleset());
        FileFilter open = interest.filter(JvmOp.FILE_OPEN);
        assertNotNull(open);
        assertTrue(open.test("/etc/shadow", false));
        assertTrue(open.test("/root/.ssh/id_rsa", false));
        assertFalse(open.test("/opt/app/config.yml", false), open.toString());
        assertFalse(open.test("/tmp/peregrine-bench-1.txt", false), open.toString());
        assertFalse(open.test("/usr/lib/jvm/lib/modules", false), open.toString());
        assertTrue(interest.filter(JvmOp.PROCESS_START).isAny());
        assertSound(engine, interest);
    }

    @Test
    void customRulesGiveGlobPrefixesSuffixesAndNotPassesEverything() throws Exception {
        Engine engine = engine(List.of(new RulesFile("custom.yaml", CUSTOM)));
        Interest interest = RuleInterest.of(engine.ruleset());
        assertTrue(interest.filter(JvmOp.FILE_OPEN).test("/data/sub/b.key", false));
        assertFalse(interest.filter(JvmOp.FILE_OPEN).test("/etc/shadow", false));
        assertTrue(interest.filter(JvmOp.FILE_DELETE).test("/a/b.conf", false));
        assertFalse(interest.filter(JvmOp.FILE_DELETE).test("/a/b.txt", false));
        // A negation is not analysed: every rename passes.
        assertTrue(interest.filter(JvmOp.FILE_RENAME).isAny());
        // No rule for these operations: not recorded at all.
        assertNull(interest.filter(JvmOp.NET_CONNECT));
        assertNull(interest.filter(JvmOp.PROCESS_START));
        assertSound(engine, interest);
    }

    /** Whenever the engine alerts on a file event, the interest passed it. */
    private static void assertSound(Engine engine, Interest interest) throws Exception {
        JvmEvent event = new JvmEvent(ProcessInfo.current());
        List<String> alerted = new ArrayList<>();
        int checked = 0;
        for (JvmOp op : List.of(JvmOp.FILE_OPEN, JvmOp.FILE_DELETE, JvmOp.FILE_RENAME)) {
            for (String path : PATHS) {
                for (int flags : new int[] {0, 01 | 0100 | 01000}) {
                    CapturedEvent e = new CapturedEvent();
                    e.op = op;
                    e.path = path;
                    e.target = op == JvmOp.FILE_RENAME ? "/tmp/target" : null;
                    e.flags = op == JvmOp.FILE_OPEN ? flags : 0;
                    e.threadName = "main";
                    event.set(e);
                    alerted.clear();
                    engine.evaluate(event, alert -> alerted.add(alert.toString()));
                    if (!alerted.isEmpty()) {
                        checked++;
                        FileFilter f = interest.filter(op);
                        boolean write = op == JvmOp.FILE_OPEN && flags != 0;
                        assertTrue(f != null && f.test(path, write), op + " " + path + " write=" + write
                                + " alerted " + alerted + " but the interest drops it: " + f);
                    }
                }
            }
        }
        assertTrue(checked >= 5, "too few alerting cases to prove anything: " + checked);
    }

    private static Engine engine(List<RulesFile> files) throws Exception {
        Engine engine = Engine.builder().registry(FieldRegistry.standard())
                .binder(Sources.JVM, new JvmFieldBinder()).build();
        engine.loadFiles(files);
        return engine;
    }
}
