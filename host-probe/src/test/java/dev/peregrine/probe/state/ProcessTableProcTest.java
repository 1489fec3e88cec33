package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process table against the real {@code /proc}: this JVM and a real child process. */
class ProcessTableProcTest {

    @Test
    void seedFindsThisJvmWithItsParentExecutableAndCommandLine() throws Exception {
        ProcessTable table = new ProcessTable(HostState.DEFAULT_CAPACITY, ProcReader.system());
        int loaded = table.seed();
        assertTrue(loaded > 1, "loaded " + loaded);

        ProcessHandle self = ProcessHandle.current();
        ProcessInfo me = table.get((int) self.pid());
        assertNotNull(me);
        assertEquals((int) self.parent().orElseThrow().pid(), me.ppid());
        assertEquals(Path.of(self.info().command().orElseThrow()).toRealPath().toString(), me.exePath());
        assertEquals(List.of(self.info().arguments().orElseThrow()), me.args());
        assertEquals("java", me.comm().length() > 4 ? me.comm().substring(0, 4) : me.comm());
        assertTrue(me.cmdline().startsWith(me.comm() + " "), me.cmdline());
        assertEquals(Path.of("").toAbsolutePath().toString(), me.cwd());
        assertEquals(statusField("Uid:", 1), me.euid());
        assertEquals(Long.parseUnsignedLong(statusText("CapEff:"), 16), me.capEffective());
        assertTrue(me.startNanos() <= System.currentTimeMillis() * 1_000_000L, "start in the past");
        assertTrue(me.startNanos() > System.currentTimeMillis() * 1_000_000L - 3_600_000_000_000L, "started < 1h ago");
        assertTrue(me.liveThreads() > 1, "a JVM has many threads");
    }

    @Test
    void realChildIsFoundAfterReseedingItsPid() throws Exception {
        Process sleep = new ProcessBuilder("/bin/sleep", "5").start();
        try {
            ProcessTable table = new ProcessTable(1024, ProcReader.system());
            assertNull(table.get((int) sleep.pid()));
            ProcessInfo child = table.seedPid((int) sleep.pid());
            assertNotNull(child);
            assertEquals(child, table.get((int) sleep.pid()));
            assertEquals("sleep", child.comm());
            assertEquals(Path.of("/bin/sleep").toRealPath().toString(), child.exePath());
            assertEquals("/bin/sleep", child.exe());
            assertEquals(List.of("5"), child.args());
            assertEquals("sleep 5", child.cmdline());
            assertEquals((int) ProcessHandle.current().pid(), child.ppid());
            assertEquals(child.ppid(), table.parent(child).tgid());
        } finally {
            sleep.destroyForcibly().waitFor();
        }
    }

    @Test
    void threadsOfARealProcessResolveToTheirLeader() throws Exception {
        ProcessTable table = new ProcessTable(1024, ProcReader.system());
        int pid = (int) ProcessHandle.current().pid();
        int otherTid = -1;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                int tid = Integer.parseInt(t.getFileName().toString());
                if (tid != pid) {
                    otherTid = tid;
                    break;
                }
            }
        }
        assertTrue(otherTid > 0);
        ProcessInfo viaThread = table.resolve(otherTid);
        assertNotNull(viaThread);
        assertEquals(pid, viaThread.tgid());
        assertEquals(viaThread, table.get(pid));
    }

    private static int statusField(String key, int index) throws Exception {
        return Integer.parseInt(statusText(key).split("\\s+")[index]);
    }

    private static String statusText(String key) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key)) {
                return line.substring(key.length()).trim();
            }
        }
        throw new AssertionError(key);
    }
}
