package dev.peregrine.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one binder of {@code jvm} rules over a plain {@link JvmEventView}: every field it binds, the operations a
 * field exists on, what reads as absent, and the numeric fast path.
 */
class JvmFieldBinderTest {

    private static final FieldRegistry REGISTRY = FieldRegistry.standard();
    private static final List<String> NUMERIC = List.of("evt.rawtime", "evt.rawtime.s", "evt.rawtime.ns",
            "jvm.net.port", "jvm.thread.tid", "jvm.pid", "proc.pid", "user.uid");
    private static final List<String> OTHERS = List.of("evt.type", "evt.source", "jvm.op", "jvm.file.path",
            "jvm.file.target", "jvm.file.flags", "jvm.file.write", "jvm.exec.argv", "jvm.exec.cmdline",
            "jvm.exec.exe", "jvm.exec.cwd", "jvm.net.address", "jvm.net.host", "jvm.net.family", "jvm.deser.class",
            "jvm.jndi.name", "jvm.lib.path", "jvm.thread.name", "jvm.thread.virtual", "jvm.caller", "jvm.stack",
            "jvm.stack.head", "jvm.main", "proc.name", "proc.cmdline", "proc.exepath", "user.name");

    private final JvmFieldBinder binder = new JvmFieldBinder();

    private Accessor bind(String field) {
        return binder.bind(REGISTRY.find(field).orElseThrow(), null);
    }

    private Object value(String field, Event e) {
        return bind(field).value(e);
    }

    @Test
    void bindsEveryJvmFieldButTheSyscallSideOnesAndNothingElse() {
        List<String> unbound = new ArrayList<>();
        for (FieldDef def : REGISTRY.all()) {
            boolean jvmOwn = def.name().startsWith("jvm.") && !def.name().equals("jvm.correlated")
                    && !def.name().equals("jvm.unexplained");
            if (jvmOwn && binder.bind(def, null) == Accessor.NONE) {
                unbound.add(def.name());
            }
        }
        assertEquals(List.of(), unbound, "jvm.* fields the binder forgets");
        for (String name : NUMERIC) {
            assertNotSame(Accessor.NONE, bind(name), name);
        }
        for (String name : OTHERS) {
            assertNotSame(Accessor.NONE, bind(name), name);
        }
        assertSame(Accessor.NONE, bind("fd.name"));
        assertSame(Accessor.NONE, bind("jvm.correlated"));
        assertSame(Accessor.NONE, bind("proc.ppid"));
    }

    @Test
    void processStartReadsTheCallAndTheProcess() {
        TestJvmEvent e = TestJvmEvent.processStart();
        assertEquals(Sources.JVM, e.source());
        assertEquals("process_start", e.type());
        assertEquals("process_start", value("evt.type", e));
        assertEquals("process_start", value("jvm.op", e));
        assertEquals(Sources.JVM, value("evt.source", e));
        assertEquals(3_000_000_042L, value("evt.rawtime", e));
        assertEquals(3L, value("evt.rawtime.s", e));
        assertEquals(42L, value("evt.rawtime.ns", e));
        assertEquals(List.of("/bin/sh", "-c", "id"), value("jvm.exec.argv", e));
        assertEquals("/bin/sh -c id", value("jvm.exec.cmdline", e));
        assertEquals("/bin/sh", value("jvm.exec.exe", e));
        assertEquals("/srv", value("jvm.exec.cwd", e));
        assertEquals("worker-1", value("jvm.thread.name", e));
        assertEquals(777L, value("jvm.thread.tid", e));
        assertEquals(Boolean.TRUE, value("jvm.thread.virtual", e));
        assertEquals("App.run(App.java:9)", value("jvm.caller", e));
        assertEquals(List.of("java.lang.ProcessBuilder.start(PB.java:1)", "App.run(App.java:9)"),
                value("jvm.stack", e));
        assertEquals("java.lang.ProcessBuilder.start(PB.java:1)", value("jvm.stack.head", e));
        assertEquals("app.jar", value("jvm.main", e));
        assertEquals(4242L, value("jvm.pid", e));
        assertEquals(4242L, value("proc.pid", e));
        assertEquals("java", value("proc.name", e));
        assertEquals("java -jar app.jar", value("proc.cmdline", e));
        assertEquals("/usr/bin/java", value("proc.exepath", e));
        assertEquals("app", value("user.name", e));
        assertEquals(1001L, value("user.uid", e));
        // Not a file, library or network operation: those fields are absent even though the view has values.
        for (String f : List.of("jvm.file.path", "jvm.file.flags", "jvm.file.write", "jvm.lib.path",
                "jvm.net.port", "jvm.net.address")) {
            assertNull(value(f, e), f);
        }
    }

    @Test
    void fileFieldsFollowTheOperation() {
        TestJvmEvent e = TestJvmEvent.processStart();
        e.op = "file_open";
        e.openFlags = 01 | 0100 | 01000;
        assertEquals("/data/x", value("jvm.file.path", e));
        assertEquals(List.of("write", "create", "truncate_existing"), value("jvm.file.flags", e));
        assertEquals(Boolean.TRUE, value("jvm.file.write", e));
        assertNull(value("jvm.lib.path", e));
        e.openFlags = 0;
        assertEquals(Boolean.FALSE, value("jvm.file.write", e));
        assertEquals(1L, bind("jvm.file.write").number(new TestJvmEvent().with("file_open", 02)));

        for (String op : List.of("file_delete", "file_rename")) {
            e.op = op;
            assertEquals("/data/x", value("jvm.file.path", e), op);
            assertEquals("/data/y", value("jvm.file.target", e), op);
            // flags and write are a file open's only.
            assertNull(value("jvm.file.flags", e), op);
            assertNull(value("jvm.file.write", e), op);
            assertEquals(Accessor.ABSENT, bind("jvm.file.write").number(e), op);
        }

        e.op = "native_load";
        assertEquals("/data/x", value("jvm.lib.path", e));
        assertNull(value("jvm.file.path", e));

        e.op = "unknown";
        assertEquals("unknown", value("jvm.op", e));
        assertNull(value("jvm.file.path", e));
        assertNull(value("jvm.lib.path", e));
    }

    @Test
    void networkAndOtherOperations() {
        TestJvmEvent e = new TestJvmEvent();
        e.op = "net_connect";
        e.netPort = 8443;
        assertNull(value("jvm.net.port", e), "a port without an address is absent");
        e.netAddress = "10.0.0.1";
        e.netHost = "db.local";
        e.netFamily = "ipv4";
        assertEquals(8443L, value("jvm.net.port", e));
        assertEquals("10.0.0.1", value("jvm.net.address", e));
        assertEquals("db.local", value("jvm.net.host", e));
        assertEquals("ipv4", value("jvm.net.family", e));

        e.op = "deserialize";
        e.deserClass = "org.evil.Gadget";
        assertEquals("org.evil.Gadget", value("jvm.deser.class", e));
        e.op = "jndi_lookup";
        e.jndiName = "ldap://x/a";
        assertEquals("ldap://x/a", value("jvm.jndi.name", e));
    }

    @Test
    void whatTheViewDoesNotHaveIsAbsent() {
        TestJvmEvent e = new TestJvmEvent();
        e.op = "process_start";
        for (String f : OTHERS) {
            if (!f.equals("evt.type") && !f.equals("evt.source") && !f.equals("jvm.op")
                    && !f.equals("jvm.thread.virtual")) {
                assertNull(value(f, e), f);
            }
        }
        assertEquals(Boolean.FALSE, value("jvm.thread.virtual", e));
        e.argv = List.of();
        e.stack = List.of();
        assertNull(value("jvm.exec.exe", e));
        assertNull(value("jvm.stack.head", e));
        // An unknown tid (0, or the agent's -1) and uid (negative) are absent; uid 0 is root, not absent.
        for (long tid : new long[] {0, -1}) {
            e.tid = tid;
            assertNull(value("jvm.thread.tid", e));
            assertEquals(Accessor.ABSENT, bind("jvm.thread.tid").number(e));
        }
        e.uid = -1;
        assertNull(value("user.uid", e));
        e.uid = Accessor.ABSENT;
        assertNull(value("user.uid", e));
        e.uid = 0;
        assertEquals(0L, value("user.uid", e));
    }

    @Test
    void numericFieldsHaveTheirOwnNumberPathThatAgreesWithTheValue() throws Exception {
        TestJvmEvent present = TestJvmEvent.processStart();
        present.netAddress = "::1";
        present.netPort = 80;
        TestJvmEvent absent = new TestJvmEvent();
        absent.op = "process_start";
        absent.tid = 0;
        absent.uid = -1;
        absent.pid = Accessor.ABSENT;
        absent.timestampNanos = Accessor.ABSENT;
        for (String name : NUMERIC) {
            Accessor a = bind(name);
            // Overridden, so evaluation does not box through value().
            assertNotEquals(Accessor.class, a.getClass().getMethod("number", Event.class).getDeclaringClass(), name);
            assertEquals(((Long) a.value(present)).longValue(), a.number(present), name);
            if (!name.startsWith("evt.rawtime.")) {
                assertEquals(Accessor.ABSENT, a.number(absent), name);
                assertNull(a.value(absent), name);
            }
        }
    }

    /** A plain {@link JvmEventView} whose values the test sets directly. */
    static final class TestJvmEvent implements JvmEventView {
        String op;
        long timestampNanos;
        String path;
        String target;
        int openFlags;
        List<String> argv;
        String cwd;
        String netAddress;
        String netHost;
        long netPort;
        String netFamily;
        String deserClass;
        String jndiName;
        String threadName;
        long tid;
        boolean virtual;
        String caller;
        List<String> stack;
        String main;
        long pid;
        String procName;
        String procCmdline;
        String procExePath;
        String userName;
        long uid = -1;

        static TestJvmEvent processStart() {
            TestJvmEvent e = new TestJvmEvent();
            e.op = "process_start";
            e.timestampNanos = 3_000_000_042L;
            e.path = "/data/x";
            e.target = "/data/y";
            e.openFlags = 01;
            e.argv = List.of("/bin/sh", "-c", "id");
            e.cwd = "/srv";
            e.netPort = 9;
            e.threadName = "worker-1";
            e.tid = 777;
            e.virtual = true;
            e.caller = "App.run(App.java:9)";
            e.stack = List.of("java.lang.ProcessBuilder.start(PB.java:1)", "App.run(App.java:9)");
            e.main = "app.jar";
            e.pid = 4242;
            e.procName = "java";
            e.procCmdline = "java -jar app.jar";
            e.procExePath = "/usr/bin/java";
            e.userName = "app";
            e.uid = 1001;
            return e;
        }

        TestJvmEvent with(String op, int openFlags) {
            this.op = op;
            this.openFlags = openFlags;
            return this;
        }

        @Override public long timestampNanos() { return timestampNanos; }
        @Override public String op() { return op; }
        @Override public String path() { return path; }
        @Override public String target() { return target; }
        @Override public int openFlags() { return openFlags; }
        @Override public List<String> openFlagNames() { return JvmOpenFlags.names(openFlags); }
        @Override public List<String> execArgv() { return argv; }
        @Override public String execCmdline() { return argv == null ? null : String.join(" ", argv); }
        @Override public String execCwd() { return cwd; }
        @Override public String netAddress() { return netAddress; }
        @Override public String netHost() { return netHost; }
        @Override public long netPort() { return netPort; }
        @Override public String netFamily() { return netFamily; }
        @Override public String deserClass() { return deserClass; }
        @Override public String jndiName() { return jndiName; }
        @Override public String threadName() { return threadName; }
        @Override public long threadTid() { return tid; }
        @Override public boolean threadVirtual() { return virtual; }
        @Override public String caller() { return caller; }
        @Override public List<String> stack() { return stack; }
        @Override public String mainClass() { return main; }
        @Override public long pid() { return pid; }
        @Override public String procName() { return procName; }
        @Override public String procCmdline() { return procCmdline; }
        @Override public String procExePath() { return procExePath; }
        @Override public String userName() { return userName; }
        @Override public long userUid() { return uid; }
    }
}
