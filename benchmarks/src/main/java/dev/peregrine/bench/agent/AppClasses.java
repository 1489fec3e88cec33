package dev.peregrine.bench.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The trivial applications launched for start-up and footprint ({@link Hello}, {@link HeapProbe}, and the
 * {@link AgentProbe} they use), compiled again for Java 17 into a directory of their own. The module is built for
 * Java 25, but the agent's floor is 17 and both JDKs must run the same application; a directory of three classes
 * also keeps the class path out of what is measured. Their sources are the ones Maven compiles (so they cannot
 * rot), found in the source tree.
 */
final class AppClasses {

    static final String[] SOURCES = {"AgentProbe.java", "Hello.java", "HeapProbe.java"};

    private AppClasses() {
    }

    /** Compiles the applications from {@code sourceRoot} into {@code out} and returns {@code out}. */
    static Path compile(Path sourceRoot, Path out) throws IOException {
        Path pkg = sourceRoot.resolve(AppClasses.class.getPackageName().replace('.', '/'));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
        for (String source : SOURCES) {
            Path file = pkg.resolve(source);
            if (!Files.isRegularFile(file)) {
                throw new IOException("cannot find " + file + ": set -Dbench.apps.src to benchmarks/src/main/java");
            }
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler in " + System.getProperty("java.home") + ": run with a JDK");
        }
        Files.createDirectories(out);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        if (javac.run(null, messages, messages, args.toArray(new String[0])) != 0) {
            throw new IOException("compiling the benchmark applications for Java 17 failed:\n" + messages);
        }
        return out;
    }

    /** The first of the usual source roots that exists (run from the repository or from benchmarks/). */
    static Path defaultSourceRoot() {
        for (String candidate : new String[] {"benchmarks/src/main/java", "src/main/java"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("dev/peregrine/bench/agent"))) {
                return p;
            }
        }
        return Path.of("benchmarks/src/main/java");
    }
}
