package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.ProcNsPid;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rings of real processes in a PID namespace of their own ({@code unshare --pid --fork}, as a container runtime
 * makes them): the ring is tied to the right host process and its tids are translated; forged claims are refused.
 */
class NamespacedRingTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process p : started) {
            Rings.stop(p);
        }
    }

    /** {@code sleep 60} as pid 1 of a new PID namespace (as {@code uid} when not null); returns its host pid. */
    private long namespacedSleeper(Integer uid) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("unshare", "--pid", "--fork", "--kill-child"));
        if (uid != null) {
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups"));
        }
        cmd.addAll(List.of("sleep", "60"));
        Process unshare = new ProcessBuilder(cmd).start();
        started.add(unshare);
        Path children = Path.of("/proc/" + unshare.pid() + "/task/" + unshare.pid() + "/children");
        for (int i = 0; i < 200; i++) {
            String c = Files.readString(children).trim();
            if (!c.isEmpty()) {
                long pid = Long.parseLong(c.split(" ")[0]);
                ProcIdentity id = ProcIdentity.of(pid);
                if (id != null && (uid == null || id.euid() == uid)
                        && Files.readString(Path.of("/proc/" + pid + "/cmdline")).startsWith("sleep")) {
                    return pid;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no namespaced sleep started");
    }

    private static long pidNamespace(long hostPid) {
        return HostProcess.pidNamespace(Path.of("/proc/" + hostPid));
    }

    private static long nsPid(long hostPid) throws Exception {
        return ProcNsPid.innermost(Files.readString(Path.of("/proc/" + hostPid + "/status")));
    }

    /** A ring as the agent in that namespace would name and write it; {@code start} is what it claims. */
    private Path ring(long nsPid, long start, long ns) throws Exception {
        Path file = dir.resolve(RingLayout.namespacedFileName(nsPid, start, ns, 0x5eedL));
        MappedByteBuffer map = Rings.create(file, nsPid, start);
        Rings.write(map, List.of("id"), "app.Main.run(Main.java:7)"); // written by tid 1 of the namespace
        return file;
    }

    private static JvmRing open(Path file) throws RingRejectedException {
        return JvmRing.open(file, RingName.parse(file.getFileName().toString()), HostProcess.PROC);
    }

    @Test
    void aNamespacedJvmsRingIsTiedToItsHostProcessAndItsTidsTranslated() throws Exception {
        long host = namespacedSleeper(null);
        assertEquals(1, nsPid(host), "pid 1 of its namespace");
        assertTrue(pidNamespace(host) != pidNamespace(Rings.self()), "a namespace of its own");
        Path file = ring(1, ProcIdentity.startTime(host), pidNamespace(host));
        try (JvmRing ring = open(file)) {
            assertEquals(host, ring.pid, "the host pid, not the namespace's 1");
            assertEquals(1, ring.nsPid);
            RecordView view = new RecordView();
            assertTrue(ring.poll(view));
            assertEquals(host, view.tid(), "namespace tid 1 is the host's tid of the sleep's main thread");
            assertEquals(List.of("id"), view.list(RingLayout.L_ARGV));
            assertTrue(ring.alive());
        }
    }

    @Test
    void aClaimOfNoProcessIsRefused() throws Exception {
        long host = namespacedSleeper(null);
        Path file = ring(1, ProcIdentity.startTime(host) + 1, pidNamespace(host));
        RingRejectedException e = assertThrows(RingRejectedException.class, () -> open(file));
        assertTrue(e.getMessage().contains("no process is pid 1 started at"), e.getMessage());
    }

    @Test
    void aClaimOfAnotherUsersNamespacedProcessIsRefused() throws Exception {
        long nobody = namespacedSleeper(65534);
        // Owned by root, naming nobody's process exactly (namespace, pid, start time).
        Path file = ring(nsPid(nobody), ProcIdentity.startTime(nobody), pidNamespace(nobody));
        RingRejectedException e = assertThrows(RingRejectedException.class, () -> open(file));
        assertTrue(e.getMessage().contains("runs as uid 65534"), e.getMessage());
        assertFalse(e.stale, "a forgery is not deleted as a dead JVM's ring");
    }

    @Test
    void aNameAndAHeaderThatDisagreeAreRefused() throws Exception {
        long host = namespacedSleeper(null);
        long start = ProcIdentity.startTime(host);
        Path file = dir.resolve(RingLayout.namespacedFileName(1, start, pidNamespace(host), 1));
        Rings.create(file, 1, start + 100);
        assertTrue(assertThrows(RingRejectedException.class, () -> open(file)).getMessage()
                .contains("header start time"));
    }

    @Test
    void aFloodOfForgedClaimsCostsABoundedNumberOfScansAndDelaysOnlyItsOwnersRings() throws Exception {
        long nobody = namespacedSleeper(65534);
        long start = ProcIdentity.startTime(nobody);
        // 40 claims by root of processes that do not exist (each would cost a pass over /proc)...
        int forged = 40;
        for (int i = 0; i < forged; i++) {
            Path file = dir.resolve(RingLayout.namespacedFileName(1, start + 1, pidNamespace(nobody), i));
            Rings.create(file, 1, start + 1);
        }
        // ...and the real ring of nobody's namespaced process, nobody's own file.
        Path real = ring(nsPid(nobody), start, pidNamespace(nobody));
        Files.setAttribute(real, "unix:uid", 65534);

        long before = System.nanoTime();
        try (JvmRings rings = JvmRings.watch(dir)) {
            long refills = (System.nanoTime() - before) / ClaimBudget.REFILL_NANOS + 1;
            assertTrue(rings.has(nobody), "another user's flood does not delay this ring");
            // root's burst and what refilled while watch() checked them, and nobody's one claim
            assertTrue(rings.claimsChecked() <= ClaimBudget.BURST + refills + 1, rings.claimsChecked() + " checked");
            assertTrue(rings.claimsDeferred() > 0, "the rest waits");
            assertEquals(forged + 1, rings.claimsChecked() + rings.claimsDeferred());
            for (int i = 0; i < 100 && rings.claimsDeferred() > 0; i++) {
                Thread.sleep(ClaimBudget.REFILL_NANOS / 1_000_000);
                rings.reap();
            }
            assertEquals(0, rings.claimsDeferred(), "the rest is checked as the budget refills");
            assertEquals(forged + 1, rings.claimsChecked());
            assertEquals(forged, rings.rejected());
        }
    }
}
