package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real JVMs (JDK 17 and 25) run the test application with {@code -javaagent}; every operation must produce exactly
 * the event it should, with its arguments, the thread, and the application frame that made the call.
 */
class AgentEventsIT {

    private static final List<String> OPS = List.of("file-read", "file-missing", "shadow", "nio-write", "raf",
            "delete-rename", "exec", "tcp", "channels", "unix", "deser", "jndi", "native");

    @TempDir
    Path work;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void everyOperationIsReportedWithItsCaller(int jdk) throws Exception {
        TestJvm jvm = new TestJvm(work);
        List<String> ops = new ArrayList<>(OPS);
        if (jdk >= 22) {
            ops.addAll(List.of("ffm", "virtual"));
        }
        // Only /etc/ is watched here, so files in the work directory (under /tmp) show the no-stack path.
        TestJvm.Result r = jvm.run(jvm.command(jdk, jvm.agentArg("stack.watch=/etc/"), TestJvm.testClasses(), ops));
        assertEquals(0, r.exit(), r.stderr());
        // The bridge is defined in the boot loader without appending to the boot class path: CDS stays on.
        assertFalse(r.stderr().contains("Sharing is only supported"), r.stderr());
        List<JsonNode> events = jvm.events();
        long pid = events.get(0).get("pid").asLong();
        String w = work.toString();

        JsonNode read = one(events, "file_open", e -> text(e, "file.path").equals("/etc/hostname")
                && text(e, "thread.name").equals("main"));
        assertEquals(List.of("read"), list(read, "file.flags"));
        assertFalse(read.get("file.write").asBoolean());
        assertEquals(Marks.ops("fileRead", "file-read"), text(read, "caller"));
        assertEquals("java.io.FileInputStream.open", text(read.get("stack").get(0)).replaceAll("\\(.*", ""));
        assertTrue(read.get("tid").asLong() > 0);
        assertEquals(pid, read.get("pid").asLong());

        JsonNode missing = one(events, "file_open", e -> text(e, "file.path").equals("/etc/peregrine-no-such-file"));
        assertEquals(Marks.ops("fileMissing", "file-missing"), text(missing, "caller"));

        JsonNode shadow = one(events, "file_open", e -> text(e, "file.path").equals("/etc/shadow"));
        assertEquals(Marks.ops("shadow", "shadow"), text(shadow, "caller"));
        assertEquals("sun.nio.fs.UnixNativeDispatcher.open", text(shadow.get("stack").get(0)).replaceAll("\\(.*", ""));

        JsonNode nio = one(events, "file_open", e -> text(e, "file.path").equals(w + "/nio.txt"));
        assertEquals(List.of("write", "create", "truncate_existing"), list(nio, "file.flags"));
        assertTrue(nio.get("file.write").asBoolean());
        // Not under a watched prefix: no stack walk at all for this frequent kind of operation.
        assertFalse(nio.has("caller"), nio.toString());

        JsonNode raf = one(events, "file_open", e -> text(e, "file.path").equals(w + "/raf.bin"));
        assertEquals(List.of("read", "write", "create"), list(raf, "file.flags"));
        JsonNode append = one(events, "file_open", e -> text(e, "file.path").equals(w + "/a.txt"));
        assertEquals(List.of("write", "append", "create"), list(append, "file.flags"));

        one(events, "file_rename", e -> text(e, "file.path").equals(w + "/a.txt")
                && text(e, "file.target").equals(w + "/b.txt"));
        one(events, "file_rename", e -> text(e, "file.path").equals(w + "/b.txt")
                && text(e, "file.target").equals(w + "/c.txt"));
        one(events, "file_delete", e -> text(e, "file.path").equals(w + "/c.txt"));
        one(events, "file_delete", e -> text(e, "file.path").equals(w + "/d.txt"));

        JsonNode exec = one(events, "process_start", e -> true);
        assertEquals(List.of("/bin/sh", "-c", "echo $PEREGRINE_TEST"), list(exec, "exec.argv"));
        assertEquals(w, text(exec, "exec.cwd"));
        assertEquals(List.of("PEREGRINE_TEST=42"), list(exec, "exec.env"));
        assertEquals(Marks.ops("exec", "exec"), text(exec, "caller"));
        assertEquals("java.lang.ProcessImpl.start", text(exec.get("stack").get(0)).replaceAll("\\(.*", ""));

        JsonNode bind = one(events, "net_bind", e -> e.path("net.port").asInt() == 0
                && text(e, "caller").equals(Marks.ops("tcp", "tcp-bind")));
        assertEquals("127.0.0.1", text(bind, "net.address"));
        assertEquals("ipv4", text(bind, "net.family"));
        JsonNode connect = one(events, "net_connect", e -> text(e, "caller").equals(Marks.ops("tcp", "tcp-connect")));
        assertEquals("127.0.0.1", text(connect, "net.address"));
        assertTrue(connect.get("net.port").asInt() > 0);
        one(events, "net_accept", e -> text(e, "caller").equals(Marks.ops("tcp", "tcp-accept"))
                && text(e, "net.address").equals("127.0.0.1"));
        one(events, "net_connect", e -> text(e, "caller").equals(Marks.ops("channels", "channel-connect")));
        one(events, "net_accept", e -> text(e, "caller").equals(Marks.ops("channels", "channel-accept")));
        one(events, "net_bind", e -> "unix".equals(text(e, "net.family")) && text(e, "net.path").equals(w + "/test.sock")
                && text(e, "caller").equals(Marks.ops("unix", "unix-bind")));
        one(events, "net_connect", e -> "unix".equals(text(e, "net.family"))
                && text(e, "caller").equals(Marks.ops("unix", "unix-connect")));

        // The subclass overrides resolveClass: every class descriptor is still seen, superclasses included.
        JsonNode gadget = one(events, "deserialize",
                e -> text(e, "deser.class").equals("javax.management.BadAttributeValueExpException"));
        assertTrue(gadget.get("deser.resolved").asBoolean());
        assertEquals(Marks.ops("deser", "deser"), text(gadget, "caller"));
        one(events, "deserialize", e -> text(e, "deser.class").equals("java.lang.Throwable"));

        JsonNode jndi = one(events, "jndi_lookup", e -> true);
        assertEquals("ldap://127.0.0.1:1/cn=peregrine", text(jndi, "jndi.name"));
        assertEquals(Marks.ops("jndi", "jndi"), text(jndi, "caller"));

        JsonNode lib = one(events, "native_load", e -> text(e, "lib.path").equals(w + "/libpdemo.so"));
        assertFalse(lib.get("lib.ffm").asBoolean());
        assertEquals(Marks.ops("nativeLoad", "native"), text(lib, "caller"));

        if (jdk >= 22) {
            JsonNode ffm = one(events, "native_load", e -> text(e, "lib.path").equals(w + "/libpffm.so"));
            assertTrue(ffm.get("lib.ffm").asBoolean());
            assertEquals(Marks.frame("NativeLibs", "ffmLookup", "ffm"), text(ffm, "caller"));

            JsonNode virtual = one(events, "file_open", e -> e.get("thread.virtual").asBoolean());
            assertEquals("/etc/hostname", text(virtual, "file.path"));
            assertEquals(Marks.ops("virtualRead", "virtual-read"), text(virtual, "caller"));
            // The carrier's Linux tid: a thread of this process, not the main thread.
            assertTrue(virtual.get("tid").asLong() > 0);
            assertNotEquals(read.get("tid").asLong(), virtual.get("tid").asLong());
        }

        // The agent's own work (reading its rules, writing these files) never shows up.
        for (JsonNode e : events) {
            assertFalse(text(e, "file.path").contains("events.jsonl") || text(e, "file.path").contains("alerts.jsonl")
                    || text(e, "thread.name").startsWith("peregrine"), e.toString());
            // One record per operation, with its bracket closed (also for the missing file, whose open threw).
            assertTrue(e.get("mono.end").asLong() >= e.get("mono").asLong() && e.get("mono").asLong() > 0, e.toString());
        }
        assertTrue(Files.size(jvm.events) > 0);
    }

    static JsonNode one(List<JsonNode> events, String op, Predicate<JsonNode> p) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : events) {
            if (op.equals(text(e, "op")) && p.test(e)) {
                found.add(e);
            }
        }
        assertEquals(1, found.size(), () -> "expected exactly one " + op + " event, found " + found
                + "\nall " + op + " events: " + events.stream().filter(e -> op.equals(text(e, "op"))).toList());
        return found.get(0);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static String text(JsonNode n) {
        return n.asText();
    }

    static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.get(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
