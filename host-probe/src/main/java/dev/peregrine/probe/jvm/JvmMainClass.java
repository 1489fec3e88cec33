package dev.peregrine.probe.jvm;

import java.util.List;
import java.util.Set;

/**
 * {@code jvm.main} from a JVM's command line as the kernel saw it: the jar after {@code -jar}, the module/class
 * after {@code -m}, else the first argument that is not an option (the main class or source file), as
 * {@code jps -l} shows it. The agent reads the same from {@code sun.java.command}; the probe does not take it from
 * the ring, where the JVM's owner could write anything. A source file ({@code java App.java}) runs under the JDK's
 * source launcher, which is what the JVM reports as its main class; the name given is JDK 11 to 21's (JDK 22 renamed
 * it {@code SourceLauncher}, which the command line cannot tell).
 */
final class JvmMainClass {

    /** Launcher options whose value is the next argument. */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--add-opens", "--add-exports", "--add-reads",
            "--enable-native-access", "--limit-modules", "--patch-module", "--source");

    static final String SOURCE_LAUNCHER = "jdk.compiler/com.sun.tools.javac.launcher.Main";

    private JvmMainClass() {
    }

    /** {@code args}: the arguments after the executable. Null when there is none (e.g. {@code java -version}). */
    static String of(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-jar") || a.equals("-m") || a.equals("--module")) {
                return i + 1 < args.size() ? args.get(i + 1) : null;
            }
            if (WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a.endsWith(".java") ? SOURCE_LAUNCHER : a;
            }
        }
        return null;
    }
}
