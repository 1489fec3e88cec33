package dev.peregrine.probe.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldMatch;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.fields.FieldType;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyscallFieldBinderTest {
    @TempDir
    Path dir;
    Harness h;

    @BeforeEach
    void event() throws Exception {
        h = new Harness(dir);
        h.feed(FakeRecord.fork(1, 4000));
        FakeRecord exec = FakeRecord.exec(4000, "/usr/bin/python3", "python3", "-c", "x");
        exec.euid = 0;
        h.feed(exec);
        FakeRecord ptrace = FakeRecord.call("ptrace", 4000, 0, 16, 4242, 0, 0);
        h.feed(ptrace);
    }

    @Test
    void valuesHaveTheJavaTypeOfTheirFieldType() {
        for (FieldDef def : FieldRegistry.standard().all()) {
            if (def.takesArgument() || !def.sources().contains("syscall")) {
                continue;
            }
            Object v = h.binder.bind(def, null).value(h.current);
            if (v == null) {
                continue;
            }
            Class<?> expected = switch (def.type()) {
                case INT, UINT, PORT, ABSTIME, RELTIME -> Long.class;
                case BOOL -> Boolean.class;
                case STRING_LIST -> java.util.List.class;
                default -> String.class;
            };
            assertInstanceOf(expected, v, def.name() + " (" + def.type() + ") gave " + v.getClass());
        }
        assertEquals("ptrace", h.value("evt.type"));
        assertEquals(4000L, h.value("proc.pid"));
        assertEquals(Boolean.FALSE, h.value("evt.failed"));
        assertEquals("root", h.value("user.name"));
        assertEquals("host", h.value("container.id"));
        assertEquals("testhost", h.value("evt.hostname"));
        assertEquals(1L, h.value("evt.type.is[ptrace]"));
        assertEquals(0L, h.value("evt.type.is[open]"));
    }

    @Test
    void eventArgumentsUseFalcoNamesAndRendering() {
        assertEquals("PTRACE_ATTACH", h.value("evt.arg.request"));
        assertEquals("4242", h.value("evt.arg.pid"));
        assertEquals(16L, h.value("evt.rawarg.request"));
        assertEquals("0", h.value("evt.arg[0]"), "position 0 is res");
        assertEquals("PTRACE_ATTACH", h.value("evt.arg[3]"));

        h.feed(FakeRecord.call("socket", 4000, 3, 17, 3, 768));
        assertTrue(((String) h.value("evt.arg.domain")).contains("AF_PACKET"));

        FakeRecord symlink = FakeRecord.call("symlinkat", 4000, 0);
        symlink.path = "/etc/shadow";
        symlink.path2 = "/tmp/s";
        symlink.args[1] = -100;
        h.feed(symlink);
        assertEquals("/etc/shadow", h.value("evt.arg.target"));
        assertEquals("/tmp/s", h.value("evt.arg.linkpath"));
        assertEquals("/tmp/s", h.value("evt.abspath.dst"));

        FakeRecord unshare = FakeRecord.call("unshare", 4000, -1, 0x10020000L);
        h.feed(unshare);
        assertEquals("CLONE_NEWNS|CLONE_NEWUSER", h.value("evt.arg.flags"));
        assertEquals("EPERM", h.value("evt.res"));
    }

    @Test
    void numericAndBooleanAccessorsDoNotAllocate() {
        Accessor pid = h.accessor("proc.pid");
        Accessor tid = h.accessor("thread.tid");
        Accessor ts = h.accessor("evt.rawtime");
        Accessor failed = h.accessor("evt.failed");
        Accessor uid = h.accessor("user.uid");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (int i = 0; i < 20_000; i++) { // warm up past the interpreter
            sum += pid.number(h.current) + tid.number(h.current) + ts.number(h.current) + failed.number(h.current)
                + uid.number(h.current);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            sum += pid.number(h.current) + tid.number(h.current) + ts.number(h.current) + failed.number(h.current)
                + uid.number(h.current);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sum != 0);
        // Boxing a Long (4000 is outside the Integer cache) would cost 16 bytes x 500,000 calls = 8 MB.
        assertTrue(allocated < 100_000, "allocated " + allocated + " bytes in 500,000 numeric reads");
        assertSame(Boolean.FALSE, failed.value(h.current));
    }

    @Test
    void stringsAreTheProcessesOwnNotCopies() {
        Accessor cmdline = h.accessor("proc.cmdline");
        assertSame(cmdline.value(h.current), cmdline.value(h.current));
        assertEquals("python3 -c x", cmdline.value(h.current));
    }

    @Test
    void badArgumentsFailAtBindTime() {
        FieldDef aname = FieldRegistry.standard().find("proc.aname").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.binder.bind(aname, "x"));
        assertTrue(e.getMessage().contains("proc.aname"), e.getMessage());
        FieldDef arg = FieldRegistry.standard().find("evt.arg").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> h.binder.bind(arg, ""));
    }

    @Test
    void fieldsWeCannotFillBindToNone() {
        assertSame(Accessor.NONE, h.accessor("k8s.ns.name"));
        assertSame(Accessor.NONE, h.accessor("container.image.repository"));
        assertNotSame(Accessor.NONE, h.accessor("container.id"));
    }

    /** Every field the official Falco rules use binds to a real accessor, except those that need data we lack. */
    @Test
    void coversTheFieldsOfTheReferenceRules() throws Exception {
        Set<String> notCaptured = Set.of(
            "k8s.ns.name", "container.image.repository", "container.privileged", "container.start_ts",
            "proc.exe_ino.ctime", "proc.exe_ino.mtime", "proc.exe_ino.ctime_duration_proc_start", "fd.sip.name");
        String rules = Files.readString(reference().resolve("falco_rules.yaml"));
        Matcher m = Pattern.compile("\\b(?:evt|proc|thread|fd|user|group|container|k8s)\\.[a-z_.]+[a-z_]").matcher(rules);
        Set<String> unbound = new TreeSet<>();
        int checked = 0;
        while (m.find()) {
            FieldMatch match = FieldRegistry.standard().resolve(m.group()).orElse(null);
            if (match == null) {
                continue; // list items such as user.log, not fields
            }
            checked++;
            FieldDef def = match.field();
            String argument = match.argument() != null ? match.argument() : def.argument().name().equals("REQUIRED") ? "1" : null;
            if (h.binder.bind(def, argument) == Accessor.NONE && !notCaptured.contains(m.group())) {
                unbound.add(m.group());
            }
        }
        assertTrue(checked > 50, "found " + checked + " field references");
        assertEquals(Set.of(), unbound);
    }

    @Test
    void typesOfNumericFieldsAreNumeric() {
        for (String name : new String[] {"proc.pid", "fd.sport", "evt.rawres", "proc.tty", "user.loginuid"}) {
            FieldType t = FieldRegistry.standard().find(name).orElseThrow().type();
            assertTrue(t.isNumeric(), name);
        }
    }

    static Path reference() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("../shared/reference"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new AssertionError("no ../shared/reference above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("../shared/reference").normalize();
    }
}
