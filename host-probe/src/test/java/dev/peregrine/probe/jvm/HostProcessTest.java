package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.ProcNsPid;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidate selection over fake /proc trees: each case that must be refused, and the one that must be found. */
class HostProcessTest {

    private static final long NS = 4026532178L;
    private static final long START = 777_000;

    @TempDir
    Path proc;

    /** A fake /proc/PID: stat with {@code start}, status with {@code uid} and NSpid, ns/pid naming {@code ns}. */
    private void process(long hostPid, long nsPid, long start, long ns, int uid) throws Exception {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(hostPid)));
        StringBuilder stat = new StringBuilder(hostPid + " (java) S");
        for (int field = 4; field <= 21; field++) {
            stat.append(" 0");
        }
        Files.writeString(dir.resolve("stat"), stat.append(' ').append(start).append(" 0 0\n").toString());
        Files.writeString(dir.resolve("status"), "Name:\tjava\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid
                + "\nNSpid:\t" + hostPid + "\t" + nsPid + "\n");
        Files.createDirectories(dir.resolve("ns"));
        Files.createSymbolicLink(dir.resolve("ns/pid"), Path.of("pid:[" + ns + "]"));
    }

    private long resolve(long nsPid, long start, int owner) throws RingRejectedException {
        return HostProcess.resolve(proc, new RingName(nsPid, start, NS), nsPid, start, owner);
    }

    private String refusal(long nsPid, long start, int owner) {
        return assertThrows(RingRejectedException.class, () -> resolve(nsPid, start, owner)).getMessage();
    }

    @Test
    void theOneProcessWithThatNamespacePidStartAndOwnerIsFound() throws Exception {
        process(5001, 1, START, NS, 1000);
        process(5002, 1, START, NS + 1, 1000); // pid 1 of another container started in the same tick
        process(5003, 1, START + 1, NS, 1000); // an earlier pid 1 of this namespace? different start time
        process(5004, 7, START, NS, 1000);
        Files.createDirectories(proc.resolve("self"));
        assertEquals(5001, resolve(1, START, 1000));
    }

    @Test
    void noSuchProcessIsRefusedAsStale() throws Exception {
        process(5001, 1, START, NS, 1000);
        RingRejectedException e = assertThrows(RingRejectedException.class, () -> resolve(2, START, 1000));
        assertTrue(e.getMessage().contains("no process"), e.getMessage());
        assertTrue(e.stale);
        assertTrue(refusal(1, START + 5, 1000).contains("no process"));
    }

    @Test
    void anotherUsersProcessCannotBeClaimed() throws Exception {
        process(5001, 1, START, NS, 0);
        String why = refusal(1, START, 1000);
        assertTrue(why.contains("runs as uid 0"), why);
        assertFalse(assertThrows(RingRejectedException.class, () -> resolve(1, START, 1000)).stale);
    }

    @Test
    void twoCandidatesAreRefusedAsAmbiguous() throws Exception {
        // The kernel never shows this (one pid per namespace); a confused /proc must still not be guessed at.
        process(5001, 1, START, NS, 1000);
        process(5002, 1, START, NS, 1000);
        String why = refusal(1, START, 1000);
        assertTrue(why.startsWith("ambiguous: 2 processes"), why);
    }

    @Test
    void nsPidLinesAreParsed() {
        assertArrayEquals(new long[] {30194, 2}, ProcNsPid.parse("Name:\tsh\nNSpid:\t30194\t2\nNSpgid:\t1\n"));
        assertArrayEquals(new long[] {42}, ProcNsPid.parse("NSpid:\t42"));
        assertEquals(2, ProcNsPid.innermost("Tgid:\t1\nNSpid:\t30194\t2\n"));
        assertNull(ProcNsPid.parse("Name:\tsh\nNSpgid:\t1\n"));
        assertNull(ProcNsPid.parse("NSpid:\t30194\tx\n"));
        assertNull(ProcNsPid.parse("NSpid:\t\n"));
        assertEquals(-1, ProcNsPid.innermost("Pid:\t3\n"));
    }

    @Test
    void threadIdsAreTranslatedFromTheTaskDirectories() throws Exception {
        Path tasks = Files.createDirectories(proc.resolve("5001/task"));
        for (int[] t : new int[][] {{5001, 1}, {5010, 12}}) {
            Path d = Files.createDirectories(tasks.resolve(Integer.toString(t[0])));
            Files.writeString(d.resolve("status"), "Name:\tjava\nNSpid:\t" + t[0] + "\t" + t[1] + "\n");
        }
        ThreadIdMap map = new ThreadIdMap(proc.resolve("5001"));
        long now = 0;
        assertEquals(5010, map.hostTid(12, now));
        assertEquals(1, map.rescans());
        assertEquals(0, map.hostTid(13, now), "unknown");
        // A thread created since and already gone (no task directory): its kernel record taught the pair.
        map.learn(5020, 13);
        assertEquals(5020, map.lookup(13));
        assertEquals(1, map.rescans(), "learned without reading /proc");
        // A flood of unknown tids: one rescan per gap at most, none for a tid that just missed.
        long rescans = map.rescans();
        for (int tid = 100; tid < 1100; tid++) {
            assertEquals(0, map.hostTid(tid, now + ThreadIdMap.RESCAN_GAP_NANOS));
        }
        assertEquals(rescans + 1, map.rescans());
        assertEquals(0, map.hostTid(100, now + 3 * ThreadIdMap.RESCAN_GAP_NANOS));
        assertEquals(rescans + 1, map.rescans(), "a tid that missed is not rescanned for again at once");
    }
}
