package dev.peregrine.probe.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a child process (the probe never traces its own JVM) and collects copies of the records of the child and its
 * descendants (followed through fork records) until the child exited and {@code done} holds, or 10 s passed.
 */
final class ChildRun {

    final int pid;
    final List<SyscallRecord> records;
    final String output;
    final int exitCode;

    private ChildRun(int pid, List<SyscallRecord> records, String output, int exitCode) {
        this.pid = pid;
        this.records = records;
        this.output = output;
        this.exitCode = exitCode;
    }

    static void drain(KernelProbe probe) {
        while (probe.poll(r -> { }, 0) > 0) {
            // discard what other processes produced before this test
        }
    }

    static ChildRun run(KernelProbe probe, Path cwd, Predicate<List<SyscallRecord>> done, String... command)
            throws IOException, InterruptedException {
        return run(probe, cwd, done, 10_000, command);
    }

    /** As above, giving up after timeoutMillis (for runs that expect nothing). */
    static ChildRun run(KernelProbe probe, Path cwd, Predicate<List<SyscallRecord>> done, long timeoutMillis,
            String... command) throws IOException, InterruptedException {
        drain(probe);
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        int pid = (int) p.pid();
        Set<Integer> pids = new HashSet<>(Set.of(pid));
        List<SyscallRecord> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            probe.poll(r -> {
                if (pids.contains(r.pid())) {
                    out.add(r.copy());
                    if (r.isFork()) {
                        pids.add(r.childPid());
                    }
                }
            }, 50);
            if (!p.isAlive() && done.test(out)) {
                break;
            }
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        return new ChildRun(pid, out, text, p.exitValue());
    }

    List<SyscallRecord> of(int syscall) {
        List<SyscallRecord> l = new ArrayList<>();
        for (SyscallRecord r : records) {
            if (r.syscall() == syscall) {
                l.add(r);
            }
        }
        return l;
    }

    SyscallRecord one(int syscall, Predicate<SyscallRecord> p) {
        for (SyscallRecord r : of(syscall)) {
            if (p.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no " + SyscallNumbers.name(syscall) + " record matching; output: " + output
                + "\nrecords: " + records);
    }

    static Predicate<List<SyscallRecord>> has(int syscall, Predicate<SyscallRecord> p) {
        return list -> {
            for (SyscallRecord r : list) {
                if (r.syscall() == syscall && p.test(r)) {
                    return true;
                }
            }
            return false;
        };
    }
}
