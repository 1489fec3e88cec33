package dev.peregrine.probe.kernel;

import static dev.peregrine.probe.kernel.ChildRun.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Runtime control: the wanted set filters in the kernel without reloading; a full ring drops and counts. */
@ExtendWith(RequiresBpf.class)
class ProbeControlTest {

    @TempDir
    Path dir;

    @Test
    void wantedSetChangesAtRuntime() throws Exception {
        Files.writeString(dir.resolve("w.txt"), "w");
        BitSet execOnly = new BitSet();
        execOnly.set(SyscallNumbers.EXECVE);
        try (KernelProbe probe = KernelProbe.open(ProbeConfig.defaults().withWanted(execOnly))) {
            ChildRun first = ChildRun.run(probe, dir, has(SyscallNumbers.EXECVE, r -> r.comm().equals("cat")),
                    "/bin/cat", "w.txt");
            assertEquals(0, first.of(SyscallNumbers.OPENAT).size(), "openat not wanted yet: " + first.records);
            assertTrue(first.records.stream().allMatch(r -> r.syscall() == SyscallNumbers.EXECVE));

            BitSet both = (BitSet) execOnly.clone();
            both.set(SyscallNumbers.OPENAT);
            probe.setWanted(both);
            assertEquals(both, probe.wanted());
            ChildRun second = ChildRun.run(probe, dir, has(SyscallNumbers.OPENAT, r -> "w.txt".equals(r.path())),
                    "/bin/cat", "w.txt");
            assertEquals(3, second.one(SyscallNumbers.OPENAT, r -> "w.txt".equals(r.path())).ret());

            probe.setWanted(new BitSet());
            ChildRun third = ChildRun.run(probe, dir, list -> false, 1_500, "/bin/cat", "w.txt");
            assertEquals(0, third.records.size(), "nothing wanted: " + third.records);
        }
    }

    @Test
    void fullRingDropsAndCountsPerSlot() throws Exception {
        // mkdirat is rare on this machine (mkdir(1) and the JDK use mkdir), so the ring fills with our records only.
        BitSet mkdirat = new BitSet();
        mkdirat.set(SyscallNumbers.MKDIRAT);
        try (KernelProbe probe = KernelProbe.open(ProbeConfig.defaults().withRingBytes(4096).withWanted(mkdirat))) {
            long before = probe.dropCounts().forSlot(SyscallNumbers.MKDIRAT);
            // 200 records of ~220 bytes into a 4 KiB ring nobody drains: ~18 fit, the rest must be counted.
            String script = Python.SYSCALL + "for i in range(200):\n    sc(258, -100, b'pg-drop', 0o700)\n";
            Process p = new ProcessBuilder(Python.exe(), "-c", script).directory(dir.toFile()).start();
            assertEquals(0, p.waitFor());
            long dropped = probe.dropCounts().forSlot(SyscallNumbers.MKDIRAT) - before;
            int[] ours = {0};
            while (probe.poll(r -> ours[0] += r.pid() == p.pid() ? 1 : 0, 0) > 0) {
                // drain
            }
            assertTrue(ours[0] > 0 && ours[0] <= 4096 / (EventLayout.SIZE + 8), "delivered " + ours[0]);
            assertTrue(ours[0] + dropped >= 200, "delivered " + ours[0] + " + dropped " + dropped + " < 200");
            assertTrue(probe.dropCounts().total() >= dropped);
        }
    }
}
