package dev.peregrine.rules;

import dev.peregrine.engine.rules.RulesFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Peregrine's default rules: every {@code rules/*.yaml} resource of the {@code rules} module, found next to
 * {@code rules/peregrine_rules.yaml} on the class path (a directory when run from the build, an entry of the
 * shaded jar otherwise). Order matters under {@code rule_matching: first}, where the first matching rule in load
 * order is the one reported: the correlated rules (kernel event + the Java call behind it) refine host rules such
 * as "Shell spawned by a JVM", so they load first; then the host rules; then the others in name order, so they can
 * append to or override what the host file defines. (Macros and lists resolve after every file is loaded.)
 */
public final class DefaultRules {

    static final String DIRECTORY = "rules/";
    static final String BASE = "peregrine_rules.yaml";
    static final String REFINEMENTS = "correlated_rules.yaml";

    private DefaultRules() {
    }

    public static List<RulesFile> load() {
        URL anchor = DefaultRules.class.getClassLoader().getResource(DIRECTORY + BASE);
        if (anchor == null) {
            throw new IllegalStateException("the default rules (" + DIRECTORY + BASE + ") are not on the class path:"
                    + " the peregrine-rules jar is missing from this build");
        }
        try {
            List<String> names = anchor.getProtocol().equals("jar") ? namesInJar(anchor) : namesInDirectory(anchor);
            names.sort(Comparator.comparing((String n) -> !n.equals(REFINEMENTS)).thenComparing(n -> !n.equals(BASE))
                    .thenComparing(Comparator.naturalOrder()));
            List<RulesFile> files = new ArrayList<>(names.size());
            for (String name : names) {
                files.add(new RulesFile("classpath:" + DIRECTORY + name, read(DIRECTORY + name)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default rules: " + e.getMessage(), e);
        }
    }

    private static List<String> namesInJar(URL anchor) throws IOException {
        JarURLConnection connection = (JarURLConnection) anchor.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(DIRECTORY) && entry.endsWith(".yaml")
                        && entry.indexOf('/', DIRECTORY.length()) < 0) {
                    names.add(entry.substring(DIRECTORY.length()));
                }
            }
        }
        return names;
    }

    private static List<String> namesInDirectory(URL anchor) throws IOException {
        Path directory;
        try {
            directory = Path.of(anchor.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("unexpected class path location " + anchor, e);
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList());
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DefaultRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " disappeared while loading");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
