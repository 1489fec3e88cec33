package dev.peregrine.agent.testapp;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Operations whose timing the bracket tests check: each prints the {@code System.nanoTime()} just before and just
 * after the application's call, so the test can assert that the agent's bracket lies inside that interval, and for
 * a process start, what the child is right after {@code start()} returned (its exec has happened by then).
 */
final class Brackets {

    private Brackets() {
    }

    static String run(String op) throws Exception {
        switch (op) {
            case "bracket-exec": return exec();
            case "bracket-exec-missing": return execMissing();
            case "bracket-open": return open();
            default: throw new IllegalArgumentException("unknown op " + op);
        }
    }

    /** A child that lives long enough to be looked at: its /proc cmdline shows whether it was exec'd yet. */
    static String exec() throws Exception {
        long before = System.nanoTime();
        Process p = new ProcessBuilder("/bin/sleep", "30").start(); // mark:bracket-exec
        long after = System.nanoTime();
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline"));
            String argv = new String(cmdline, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            return times(before, after) + " pid=" + p.pid() + " cmdline=" + argv;
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** An exec that fails: the JDK throws, and the operation must still be reported, bracket closed. */
    static String execMissing() {
        long before = System.nanoTime();
        try {
            new ProcessBuilder("/nonexistent/peregrine-no-such-program").start(); // mark:bracket-exec-missing
            return "started?!";
        } catch (IOException e) {
            return times(before, System.nanoTime()) + " threw " + e.getClass().getName();
        }
    }

    static String open() throws IOException {
        long before = System.nanoTime();
        try (InputStream in = new FileInputStream("/etc/hostname")) { // mark:bracket-open
            long after = System.nanoTime();
            return times(before, after) + " tid=" + tid() + " read " + in.readAllBytes().length;
        }
    }

    /** This thread's Linux tid, as the kernel names it: {@code /proc/thread-self} links to {@code <pid>/task/<tid>}. */
    static String tid() throws IOException {
        return Path.of("/proc/thread-self").toRealPath().getFileName().toString();
    }

    private static String times(long before, long after) {
        return "before=" + before + " after=" + after;
    }
}
