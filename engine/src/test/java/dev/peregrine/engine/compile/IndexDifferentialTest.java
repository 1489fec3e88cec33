package dev.peregrine.engine.compile;

import dev.peregrine.engine.CollectingSink;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.MapEvent;
import dev.peregrine.engine.Reference;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index and the evt.type checks it folds away ({@link TypeSpecializer}) must change no result: random events,
 * drawn from values the official rules test for, get exactly the alerts of the naive every-rule evaluation.
 */
class IndexDifferentialTest {

    private static final String[] TYPES = {"execve", "execveat", "open", "openat", "openat2", "connect", "sendto",
        "sendmsg", "symlink", "symlinkat", "link", "linkat", "socket", "dup", "dup2", "dup3", "init_module",
        "finit_module", "ptrace", "read", "close", "mmap"};
    private static final String[] NAMES = {"bash", "sh", "cat", "grep", "find", "nc", "ncat", "shred", "debugfs",
        "sshd", "login", "systemd-logind", "passwd", "nginx", "containerd", "runc", "ls", "<NA>", "ssh"};
    private static final String[] PARENTS = {"nginx", "bash", "sshd", "java", "node", "runc", "systemd"};
    private static final String[] ARGS = {"-c id", "-r \"BEGIN RSA PRIVATE\" /", "/ -name id_rsa", "-e /bin/sh",
        "--sh-exec x", "-c /dev/shm/x", "/dev/shm/y", "./run", "-r aws_secret_access_key /",
        "~/.aws/credentials", "-u x", ""};
    private static final String[] FILES = {"/etc/shadow", "/etc/../etc/shadow", "/home/u/.ssh/id_rsa",
        "/var/log/syslog", "/sys/fs/cgroup/x/release_agent", "/var/lib/containerd/tmpmounts/x", "/tmp/x",
        "/etc/pam.d/sshd", "/root/.ssh/../../etc/passwd"};
    private static final String[] IPS = {"93.184.216.34", "10.0.0.1", "127.0.0.1", "0.0.0.0", "172.17.0.2"};

    private static Engine engine(boolean indexed, FieldBinder binder) throws RulesException {
        Engine engine = Engine.builder().binder(Sources.SYSCALL, binder).hostname("h").ruleIndex(indexed).build();
        engine.load(List.of(Reference.falcoRules()));
        return engine;
    }

    @Test
    void indexedEvaluationMatchesNaiveOnRandomEvents() throws RulesException {
        Engine indexed = engine(true, MapEvent.binder());
        Engine naive = engine(false, MapEvent.binder());
        Random random = new Random(7);
        int alerts = 0;
        Set<String> fired = new TreeSet<>();
        for (int i = 0; i < 30_000; i++) {
            MapEvent event = randomEvent(random);
            List<String> expected = fire(naive, event);
            assertEquals(expected, fire(indexed, event), () -> "event " + event);
            alerts += expected.size();
            fired.addAll(expected);
        }
        assertTrue(alerts > 300, "too few alerts to compare anything: " + alerts);
        assertTrue(fired.size() >= 12, "too few distinct rules fired: " + fired);
    }

    @Test
    void indexedRulesNoLongerReadEvtType() throws RulesException {
        AtomicLong indexedReads = new AtomicLong();
        AtomicLong naiveReads = new AtomicLong();
        Engine indexed = engine(true, typeReads(indexedReads));
        Engine naive = engine(false, typeReads(naiveReads));
        Random random = new Random(11);
        long quiet = 0;
        for (int i = 0; i < 1_000; i++) {
            MapEvent event = randomEvent(random);
            long before = indexedReads.get();
            // Alert outputs may print %evt.type; only conditions are counted, so only quiet events.
            if (fire(indexed, event).isEmpty()) {
                quiet++;
                assertEquals(before, indexedReads.get(), () -> "evt.type read for " + event);
            }
            fire(naive, event);
        }
        assertTrue(quiet > 500, "too few quiet events: " + quiet);
        assertTrue(naiveReads.get() > 1_000, "the general rules check evt.type: " + naiveReads);
    }

    /** MapEvent's binder, counting reads of evt.type only. */
    private static FieldBinder typeReads(AtomicLong reads) {
        FieldBinder plain = MapEvent.binder();
        return (field, argument) -> {
            var accessor = plain.bind(field, argument);
            if (!field.name().equals("evt.type")) {
                return accessor;
            }
            return event -> {
                reads.incrementAndGet();
                return accessor.value(event);
            };
        };
    }

    private static List<String> fire(Engine engine, MapEvent event) {
        CollectingSink sink = new CollectingSink();
        engine.evaluate(event, sink);
        return sink.rules();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static MapEvent randomEvent(Random r) {
        MapEvent e = MapEvent.syscall(pick(r, TYPES));
        String name = pick(r, NAMES);
        String parent = pick(r, PARENTS);
        String args = pick(r, ARGS);
        String file = pick(r, FILES);
        int slash = file.lastIndexOf('/');
        maybe(r, e, "proc.name", name);
        maybe(r, e, "proc.pname", parent);
        maybe(r, e, "proc.aname", r.nextBoolean() ? List.of(parent, "systemd") : List.of("sshd"));
        maybe(r, e, "proc.aname[3]", r.nextBoolean() ? "docker-containe" : "systemd");
        maybe(r, e, "proc.args", args);
        maybe(r, e, "proc.cmdline", r.nextInt(4) == 0 ? "nc -e /bin/sh" : name + " " + args);
        maybe(r, e, "proc.exe", pick(r, new String[] {"/usr/bin/ssh", "/dev/shm/x", "./x", "/usr/bin/ls",
            "memfd:runc_cloned:/proc/self/exe"}));
        maybe(r, e, "proc.exepath", "memfd:runc_cloned:/proc/self/exe");
        maybe(r, e, "proc.pexe", r.nextBoolean() ? "/usr/bin/java" : "/bin/bash");
        maybe(r, e, "proc.pcmdline", pick(r, new String[] {"java kafka.Kafka", "java -cp org.jboss.Main", "bash"}));
        maybe(r, e, "proc.cwd", r.nextBoolean() ? "/dev/shm/" : "/home/");
        maybe(r, e, "proc.tty", r.nextBoolean() ? 0L : 34816L);
        maybe(r, e, "proc.duration", r.nextBoolean() ? 1000L : 10_000_000_000L);
        maybe(r, e, "proc.is_exe_upper_layer", r.nextBoolean());
        maybe(r, e, "proc.is_exe_from_memfd", r.nextBoolean());
        maybe(r, e, "user.name", pick(r, new String[] {"root", "www-data", "daemon", "dev"}));
        maybe(r, e, "user.uid", r.nextBoolean() ? 0L : 1000L);
        maybe(r, e, "container.id", r.nextBoolean() ? "host" : "abc123");
        maybe(r, e, "container.privileged", r.nextBoolean());
        maybe(r, e, "container.image.repository", pick(r, new String[] {"falcosecurity/falco", "nginx",
            "splunk/fluentd-hec"}));
        maybe(r, e, "evt.num", r.nextInt(3) == 0 ? 0L : 42L);
        maybe(r, e, "evt.is_open_read", r.nextBoolean());
        maybe(r, e, "evt.is_open_write", r.nextBoolean());
        maybe(r, e, "fd.typechar", pick(r, new String[] {"f", "4", "6"}));
        maybe(r, e, "fd.type", r.nextBoolean() ? "ipv4" : "file");
        maybe(r, e, "fd.num", r.nextInt(4) == 0 ? -1L : 3L);
        maybe(r, e, "evt.res", pick(r, new String[] {"ENOENT", "EINPROGRESS", "SUCCESS"}));
        maybe(r, e, "evt.rawres", (long) (r.nextInt(4) - 1));
        maybe(r, e, "fd.name", file);
        maybe(r, e, "fd.nameraw", file);
        maybe(r, e, "fd.directory", file.substring(0, Math.max(1, slash)));
        maybe(r, e, "fd.filename", file.substring(slash + 1));
        maybe(r, e, "evt.arg.flags", r.nextBoolean() ? "O_RDONLY" : "O_WRONLY|O_TRUNC");
        String ip = pick(r, IPS);
        maybe(r, e, "fd.ip", ip);
        maybe(r, e, "fd.net", ip);
        maybe(r, e, "fd.snet", ip);
        maybe(r, e, "fd.sip", ip);
        maybe(r, e, "fd.sip.name", r.nextBoolean() ? "kubernetes.default.svc.cluster.local" : "example.com");
        maybe(r, e, "fd.l4proto", r.nextBoolean() ? "tcp" : "udp");
        maybe(r, e, "fd.sport", pick(r, new Long[] {443L, 22L, 4444L}));
        maybe(r, e, "fd.connected", r.nextBoolean());
        maybe(r, e, "fd.name_changed", r.nextBoolean());
        maybe(r, e, "evt.arg.target", pick(r, new String[] {"/etc/shadow", "/root", "/tmp/a"}));
        maybe(r, e, "evt.arg.oldpath", r.nextBoolean() ? "/etc/sudoers" : "/tmp/b");
        maybe(r, e, "evt.arg.domain", r.nextBoolean() ? "AF_PACKET" : "AF_INET");
        maybe(r, e, "evt.arg.request", pick(r, new String[] {"PTRACE_TRACEME", "PTRACE_ATTACH", "PTRACE_PEEKDATA"}));
        maybe(r, e, "thread.cap_effective", r.nextBoolean() ? "CAP_SYS_ADMIN CAP_DAC_OVERRIDE sys_module" : "CAP_CHOWN");
        return e;
    }

    /** Each field is present four times in five: absent fields exercise Falco's "absent compares false". */
    private static void maybe(Random r, MapEvent e, String field, Object value) {
        if (r.nextInt(5) != 0) {
            e.with(field, value);
        }
    }
}
