package dev.peregrine.agent.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Facts about this JVM process that every event shares, read once at agent start: pid, executable, command line,
 * user, main class or jar ({@code jvm.main}, as {@code jps -l} shows it), and the offset that turns
 * {@code System.nanoTime()} into epoch nanoseconds for {@code evt.rawtime}.
 */
public record ProcessInfo(long pid, String name, String exePath, String cmdline, List<String> args, String user,
                          long uid, String main, long epochOffsetNanos) {

    public static ProcessInfo current() {
        ProcessHandle self = ProcessHandle.current();
        ProcessHandle.Info info = self.info();
        String exe = info.command().orElse("");
        String name = exe.isEmpty() ? "java" : Path.of(exe).getFileName().toString();
        List<String> args = List.of(info.arguments().orElse(new String[0]));
        String cmdline = args.isEmpty() ? name : name + " " + String.join(" ", args);
        String command = System.getProperty("sun.java.command", "");
        int space = command.indexOf(' ');
        String main = space < 0 ? command : command.substring(0, space);
        Instant now = Instant.now();
        long offset = now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
        return new ProcessInfo(self.pid(), name, exe, cmdline, args, System.getProperty("user.name", ""), readUid(), main,
                offset);
    }

    /** Epoch nanoseconds for a {@code System.nanoTime()} reading. */
    public long epochNanos(long monoNanos) {
        return monoNanos + epochOffsetNanos;
    }

    private static long readUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (Exception | LinkageError e) {
            return -1;
        }
    }
}
