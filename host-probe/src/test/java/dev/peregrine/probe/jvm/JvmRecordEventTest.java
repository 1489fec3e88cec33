package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.jvm.JvmFieldBinder;
import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingReader;
import dev.peregrine.engine.transport.RingWriter;
import dev.peregrine.probe.state.HostState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ring records, written by the agent's own writer and read back by the probe's reader, through the engine's shared
 * {@link JvmFieldBinder}: every jvm field as the record says it, and proc/user fields from the host state for the
 * ring's pid, whatever the record claims.
 */
class JvmRecordEventTest {

    private static final int CAPACITY = 64 * 1024;
    private static final long SELF = ProcessHandle.current().pid();

    private final ByteBuffer file = ByteBuffer.allocateDirect((int) RingLayout.fileSize(CAPACITY))
            .order(ByteOrder.LITTLE_ENDIAN);
    private final RecordEncoder enc = new RecordEncoder(8192);
    private final RecordView view = new RecordView();
    private final JvmFieldBinder binder = new JvmFieldBinder();
    private final HostState state = HostState.system();
    private final JvmRecordEvent event = new JvmRecordEvent(state, 1_000L);

    JvmRecordEventTest() {
        RingWriter.format(file, SELF, 1, CAPACITY);
    }

    /** Writes one record: op, number, the given string slots (others null), argv and stack; reads it back. */
    private JvmRecordEvent record(String op, int flags, int number, String[] strings, List<String> argv,
                                  List<String> stack) throws Exception {
        return record(SELF, RingLayout.OPS.indexOf(op), 4321, flags, number, strings, argv, stack);
    }

    private JvmRecordEvent record(long ringPid, int op, long tid, int flags, int number, String[] strings,
                                  List<String> argv, List<String> stack) throws Exception {
        enc.begin(op, flags, 5_000L, 0, tid, 1, number);
        for (int s = 0; s < RingLayout.STRING_SLOTS; s++) {
            enc.string(strings[s]);
        }
        enc.list(argv);
        enc.list((List<String>) null);
        enc.list(stack);
        assertTrue(new RingWriter(file).offer(enc.buffer(), enc.finish()));
        RingReader reader = new RingReader(file, file, RingLayout.OFF_CONSUMER);
        while (reader.poll(view)) {
            // The last record written is the one under test.
            reader.commit();
        }
        return event.set(ringPid, view);
    }

    private Object value(String field, JvmRecordEvent e) {
        Accessor a = binder.bind(FieldRegistry.standard().find(field).orElseThrow(), null);
        return a.value(e);
    }

    @Test
    void processStartBindsJvmFieldsFromTheRecordAndProcFieldsFromHostState() throws Exception {
        String[] s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_THREAD_NAME] = "main";
        s[RingLayout.S_CWD] = "/tmp";
        s[RingLayout.S_CALLER] = "Exec.main(Exec.java:4)";
        JvmRecordEvent e = record("process_start", RingLayout.FLAG_BEGIN, 0, s, List.of("/bin/true", "mark"),
                List.of("java.lang.ProcessBuilder.start(ProcessBuilder.java:1)", "Exec.main(Exec.java:4)"));

        assertEquals("jvm", e.source());
        assertEquals("process_start", e.type());
        assertEquals("process_start", value("evt.type", e));
        assertEquals("process_start", value("jvm.op", e));
        assertEquals(6_000L, value("evt.rawtime", e));
        assertEquals(List.of("/bin/true", "mark"), value("jvm.exec.argv", e));
        assertEquals("/bin/true mark", value("jvm.exec.cmdline", e));
        assertEquals("/bin/true", value("jvm.exec.exe", e));
        assertEquals("/tmp", value("jvm.exec.cwd", e));
        assertEquals("Exec.main(Exec.java:4)", value("jvm.caller", e));
        assertEquals("java.lang.ProcessBuilder.start(ProcessBuilder.java:1)", value("jvm.stack.head", e));
        assertEquals("main", value("jvm.thread.name", e));
        assertEquals(4321L, value("jvm.thread.tid", e));
        assertEquals(Boolean.FALSE, value("jvm.thread.virtual", e));
        assertNull(value("jvm.file.path", e));
        assertNull(value("jvm.file.write", e));
        assertNull(value("jvm.net.port", e));

        // Attribution: the ring's pid, looked up in the host's process table (this test's own JVM).
        assertEquals(SELF, value("proc.pid", e));
        assertEquals(SELF, value("jvm.pid", e));
        assertEquals("java", value("proc.name", e));
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), value("proc.exepath", e));
        assertTrue(((String) value("proc.cmdline", e)).startsWith("java "), (String) value("proc.cmdline", e));
        long uid = ((Number) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:uid")).longValue();
        assertEquals(uid, value("user.uid", e));
        assertEquals(System.getProperty("user.name"), value("user.name", e));
    }

    @Test
    void fileAndNetworkFieldsFollowTheOperation() throws Exception {
        String[] s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_PATH] = "/etc/shadow";
        JvmRecordEvent open = record("file_open", RingLayout.FLAG_BEGIN | RingLayout.FLAG_VIRTUAL_THREAD,
                01 | 0100 | 01000, s, null, null);
        assertEquals("/etc/shadow", value("jvm.file.path", open));
        assertEquals(List.of("write", "create", "truncate_existing"), value("jvm.file.flags", open));
        assertEquals(Boolean.TRUE, value("jvm.file.write", open));
        assertEquals(Boolean.TRUE, value("jvm.thread.virtual", open));
        assertNull(value("jvm.lib.path", open));

        s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_ADDRESS] = "127.0.0.1";
        s[RingLayout.S_HOST] = "localhost";
        s[RingLayout.S_FAMILY] = "inet";
        JvmRecordEvent connect = record("net_connect", RingLayout.FLAG_BEGIN, 8080, s, null, null);
        assertEquals("net_connect", connect.type());
        assertEquals(8080L, value("jvm.net.port", connect));
        assertEquals("127.0.0.1", value("jvm.net.address", connect));
        assertEquals("localhost", value("jvm.net.host", connect));
        assertNull(value("jvm.file.flags", connect));
        assertNull(value("jvm.file.path", connect));
    }

    @Test
    void libraryDeserializationAndJndiRecords() throws Exception {
        String[] s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_PATH] = "/opt/lib/libx.so";
        JvmRecordEvent load = record("native_load", RingLayout.FLAG_BEGIN, 0, s, null, null);
        assertEquals("/opt/lib/libx.so", value("jvm.lib.path", load));
        assertNull(value("jvm.file.path", load));

        s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_CLASS_NAME] = "org.evil.Gadget";
        assertEquals("org.evil.Gadget", value("jvm.deser.class", record("deserialize", RingLayout.FLAG_BEGIN, 0, s,
                null, null)));
        s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_JNDI_NAME] = "ldap://x/a";
        assertEquals("ldap://x/a", value("jvm.jndi.name", record("jndi_lookup", RingLayout.FLAG_BEGIN, 0, s, null,
                null)));
    }

    @Test
    void unknownOperationsThreadsAndProcessesReadAsAbsent() throws Exception {
        String[] s = new String[RingLayout.STRING_SLOTS];
        s[RingLayout.S_PATH] = "/etc/shadow";
        // An operation code from a newer agent, a thread gone before its tid was learned, a pid with no process
        // (above any pid_max): the ring's pid is still jvm.pid, but nothing is made up for the rest.
        JvmRecordEvent e = record(4_194_304L, RingLayout.OPS.size(), 0, RingLayout.FLAG_BEGIN, 0, s, null, null);
        assertEquals("unknown", e.type());
        assertEquals("unknown", value("jvm.op", e));
        assertNull(value("jvm.file.path", e));
        assertNull(value("jvm.lib.path", e));
        assertNull(value("jvm.thread.tid", e));
        assertEquals(4_194_304L, value("jvm.pid", e));
        for (String f : List.of("proc.name", "proc.cmdline", "proc.exepath", "user.name", "user.uid", "jvm.main")) {
            assertNull(value(f, e), f);
        }
        assertEquals(Accessor.ABSENT, binder.bind(FieldRegistry.standard().find("user.uid").orElseThrow(), null)
                .number(e));
    }

    @Test
    void mainClassComesFromTheKernelsCommandLine() {
        assertEquals("app.jar", JvmMainClass.of(List.of("-Xmx1g", "-jar", "app.jar", "x")));
        assertEquals("com.x.Main", JvmMainClass.of(List.of("-cp", "a:b", "-Dk=v", "com.x.Main", "arg")));
        assertEquals("m/com.x.Main", JvmMainClass.of(List.of("-m", "m/com.x.Main")));
        assertNull(JvmMainClass.of(List.of("-version")));
        assertEquals(JvmMainClass.SOURCE_LAUNCHER, JvmMainClass.of(List.of("--source", "17", "/tmp/App.java")));
    }
}
