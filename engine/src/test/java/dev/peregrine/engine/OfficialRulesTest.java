package dev.peregrine.engine;

import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RulesFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official Falco rules through the whole engine, with hand-written events that must and must not match. */
class OfficialRulesTest {

    private Engine engine;

    @BeforeEach
    void load() throws RulesException {
        engine = Engine.builder().binder(Sources.SYSCALL, MapEvent.binder()).hostname("test-host").build();
        engine.load(List.of(Reference.falcoRules()));
    }

    private List<String> fire(Event event) {
        CollectingSink sink = new CollectingSink();
        engine.evaluate(event, sink);
        return sink.rules();
    }

    private static MapEvent open(String process, String file) {
        int slash = file.lastIndexOf('/');
        return MapEvent.syscall("openat").with("proc.name", process).with("proc.pname", "bash")
                .with("evt.is_open_read", true).with("evt.is_open_write", false).with("fd.typechar", "f")
                .with("fd.num", 3).with("fd.name", file).with("fd.directory", slash == 0 ? "/" : file.substring(0, slash))
                .with("fd.filename", file.substring(slash + 1)).with("evt.num", 42).with("container.id", "host");
    }

    private static MapEvent exec(String process, String parent, String args) {
        return MapEvent.syscall("execve").with("proc.name", process).with("proc.pname", parent)
                .with("proc.aname", List.of(parent, "systemd")).with("proc.args", args)
                .with("proc.cmdline", process + " " + args).with("proc.exe", "/usr/bin/" + process)
                .with("proc.pexe", "/usr/sbin/" + parent).with("evt.num", 7).with("container.id", "host");
    }

    @Test
    void loadsTheOfficialRules() {
        LoadSummary s = engine.summary();
        assertEquals(25, s.rules());
        assertEquals(87, s.macros());
        assertEquals(49, s.lists());
        assertEquals(25, s.enabledRules());
        assertTrue(s.warnings().stream().noneMatch(w -> w.isError()));
    }

    @Test
    void readSensitiveFileUntrusted() {
        List<String> fired = fire(open("cat", "/etc/shadow"));
        assertEquals(List.of("Read sensitive file untrusted"), fired);
        assertEquals(List.of(), fire(open("cat", "/etc/hosts")), "not a sensitive file");
        assertEquals(List.of(), fire(open("passwd", "/etc/shadow")), "passwd is a trusted user_mgmt binary");
        assertEquals(List.of(), fire(open("<NA>", "/etc/shadow")), "proc_name_exists");
        assertEquals(List.of(), fire(open("cat", "/etc/shadow").with("evt.is_open_read", false)));
        assertEquals(List.of("Read sensitive file untrusted"), fire(open("vi", "/etc/pam.d/sshd")),
                "fd.directory in (/etc/sudoers.d, /etc/pam.d)");
    }

    @Test
    void alertCarriesRuleOutputAndEventData() {
        CollectingSink sink = new CollectingSink();
        engine.evaluate(open("cat", "/etc/shadow"), sink);
        Alert a = sink.alerts.get(0);
        assertEquals(Priority.WARNING, a.priority());
        assertEquals("test-host", a.hostname());
        assertEquals("syscall", a.source());
        assertEquals(1_700_000_000_123_456_789L, a.timeNanos());
        assertTrue(a.output().startsWith("Sensitive file opened for reading by non-trusted program | file=/etc/shadow"),
                a.output());
        assertEquals("/etc/shadow", a.outputFields().get("fd.name"));
        assertTrue(a.tags().contains("T1555"));
    }

    @Test
    void runShellUntrusted() {
        assertEquals(List.of("Run shell untrusted"), fire(exec("bash", "nginx", "-c id")));
        assertEquals(List.of(), fire(exec("bash", "sshd", "-c id")), "sshd is not a protected shell spawner");
        assertEquals(List.of(), fire(exec("python", "nginx", "x.py")), "not a shell");
        assertEquals(List.of(), fire(exec("bash", "nginx", "-c id").with("proc.pname", null)),
                "proc.pname exists is required");
        assertEquals(List.of("Run shell untrusted"), fire(exec("sh", "java", "-c x")
                        .with("proc.aname", List.of("java", "systemd"))
                        .with("proc.pexe", "/opt/jdk/bin/java").with("proc.pcmdline", "java -cp kafka.Kafka")),
                "parent_java_running_kafka");
    }

    @Test
    void searchPrivateKeysOrPasswords() {
        assertEquals(List.of("Search Private Keys or Passwords"),
                fire(exec("grep", "bash", "-r \"begin rsa private\" /home")));
        assertEquals(List.of("Search Private Keys or Passwords"), fire(exec("find", "bash", "/ -name id_rsa")));
        assertEquals(List.of(), fire(exec("grep", "bash", "-r password /home")), "grep_more is never_true");
        assertEquals(List.of(), fire(exec("ls", "bash", "id_rsa")));
    }

    @Test
    void moreOfficialRules() {
        assertEquals(List.of("Remove Bulk Data from Disk"), fire(exec("shred", "bash", "-u secret")));
        assertEquals(List.of("Find AWS Credentials"), fire(exec("grep", "bash", "-r aws_secret_access_key /")));
        assertEquals(List.of("Execution from /dev/shm"), fire(exec("x", "bash", "").with("proc.exe", "/dev/shm/x")));
        MapEvent symlink = MapEvent.syscall("symlinkat").with("evt.arg.target", "/etc/shadow")
                .with("evt.arg.linkpath", "/tmp/x").with("proc.name", "ln");
        assertEquals(List.of("Create Symlink Over Sensitive Files"), fire(symlink));
        assertEquals(List.of(), fire(MapEvent.syscall("symlinkat").with("evt.arg.target", "/tmp/a")));
        MapEvent ptrace = MapEvent.syscall("ptrace").with("evt.arg.request", "PTRACE_TRACEME").with("proc.name", "m");
        assertEquals(List.of("PTRACE anti-debug attempt"), fire(ptrace));
    }

    @Test
    void outboundSshOnNonStandardPort() {
        MapEvent connect = MapEvent.syscall("connect").with("fd.typechar", "4").with("fd.ip", "93.184.216.34")
                .with("fd.net", "93.184.216.34").with("fd.snet", "93.184.216.34").with("evt.rawres", 0)
                .with("proc.exe", "/usr/bin/ssh").with("fd.l4proto", "tcp").with("fd.sport", 443)
                .with("proc.name", "ssh");
        assertEquals(List.of("Disallowed SSH Connection Non Standard Port"), fire(connect));
        assertEquals(List.of(), fire(connect.with("fd.sport", 22)), "22 is the standard port");
        assertEquals(List.of(), fire(connect.with("fd.sport", 443).with("fd.snet", "10.1.2.3")),
                "RFC 1918 destinations are not outbound");
    }

    @Test
    void userOverridesBehaveAsInFalco() throws RulesException, IOException {
        String local = """
                - list: shell_binaries
                  items: [fish]
                  override:
                    items: append
                - macro: user_known_read_sensitive_files_activities
                  condition: proc.name = backup-agent
                  override:
                    condition: replace
                - rule: Run shell untrusted
                  priority: CRITICAL
                  override:
                    priority: replace
                - rule: Search Private Keys or Passwords
                  enabled: false
                """;
        assertEquals(List.of("Read sensitive file untrusted"), fire(open("backup-agent", "/etc/shadow")));
        assertEquals(List.of(), fire(exec("fish", "nginx", "-c id")));
        assertEquals(List.of("Search Private Keys or Passwords"), fire(exec("grep", "bash", "BEGIN PRIVATE x")));

        LoadSummary s = engine.loadFiles(List.of(RulesFile.read(Reference.falcoRules()),
                new RulesFile("falco_rules.local.yaml", local)));
        assertEquals(24, s.enabledRules());
        assertEquals(List.of(), fire(open("backup-agent", "/etc/shadow")), "macro override");
        assertEquals(List.of("Read sensitive file untrusted"), fire(open("cat", "/etc/shadow")));
        CollectingSink sink = new CollectingSink();
        engine.evaluate(exec("fish", "nginx", "-c id"), sink);
        assertEquals(List.of("Run shell untrusted"), sink.rules(), "list append");
        assertEquals(Priority.CRITICAL, sink.alerts.get(0).priority(), "priority replace");
        assertEquals(List.of(), fire(exec("grep", "bash", "BEGIN PRIVATE x")), "disabled");
    }
}
