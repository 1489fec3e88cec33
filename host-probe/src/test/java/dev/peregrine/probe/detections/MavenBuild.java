package dev.peregrine.probe.detections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Maven build of a small generated project, for the noise check: the repository's own Maven wrapper, offline
 * (tests have no network), on the JDK the tests run on. It can run offline on a fresh machine because the project
 * pins exactly the plugin versions of the repository's build, read from its root {@code pom.xml}: that build ran
 * before these tests, so those versions are in the local repository. Reading them (rather than writing them here
 * too) keeps one source of truth when the root pom moves a version.
 */
final class MavenBuild {

    /** The plugins of a jar project's {@code package} phase: resources, compile, test (no tests: skipped), jar. */
    static final List<String> PACKAGE_PLUGINS = List.of("maven-resources-plugin", "maven-compiler-plugin",
            "maven-surefire-plugin", "maven-jar-plugin");

    private static final Pattern PLUGIN = Pattern.compile(
            "<artifactId>(maven-[a-z-]+-plugin)</artifactId>\\s*<version>([^<$]+)</version>");

    private MavenBuild() {
    }

    /** The repository root: the parent of the module directory the tests run in, holding mvnw and the root pom. */
    static Path repoRoot() {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        if (root == null || !Files.isExecutable(root.resolve("mvnw")) || !Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new AssertionError("no mvnw and pom.xml in " + root + " (tests run in the module directory)");
        }
        return root;
    }

    /** Plugin versions of the root pom's pluginManagement, by artifactId; fails unless it pins every one needed. */
    static Map<String, String> pluginVersions(Path rootPom) throws IOException {
        String pom = Files.readString(rootPom);
        int start = pom.indexOf("<pluginManagement>");
        int end = pom.indexOf("</pluginManagement>");
        if (start < 0 || end < start) {
            throw new AssertionError(rootPom + " has no pluginManagement section");
        }
        Map<String, String> versions = new LinkedHashMap<>();
        Matcher m = PLUGIN.matcher(pom.substring(start, end));
        while (m.find()) {
            versions.put(m.group(1), m.group(2).trim());
        }
        for (String plugin : PACKAGE_PLUGINS) {
            if (!versions.containsKey(plugin)) {
                throw new AssertionError(rootPom + " pins no version of " + plugin + " in pluginManagement: " + versions);
            }
        }
        return versions;
    }

    /** Writes a jar project (two classes, a resource, no tests) into {@code dir}. */
    static void writeProject(Path dir, Map<String, String> versions) throws IOException {
        StringBuilder plugins = new StringBuilder();
        for (String plugin : PACKAGE_PLUGINS) {
            plugins.append("      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>").append(plugin)
                    .append("</artifactId><version>").append(versions.get(plugin)).append("</version></plugin>\n");
        }
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>demo</groupId>
                  <artifactId>greeter</artifactId>
                  <version>1.0</version>
                  <packaging>jar</packaging>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(plugins));
        Path src = writeGreeter(dir);
        Files.writeString(src.resolve("Main.java"), """
                package demo;
                public final class Main {
                    public static void main(String[] args) throws Exception {
                        java.util.Properties p = new java.util.Properties();
                        try (var in = Main.class.getResourceAsStream("/greeter.properties")) {
                            p.load(in);
                        }
                        System.out.println(Greeter.greet(p.getProperty("name")));
                    }
                }
                """);
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("greeter.properties"), "name=maven\n");
    }

    /** Writes {@code src/main/java/demo/Greeter.java} under {@code project}; returns the package directory. */
    static Path writeGreeter(Path project) throws IOException {
        Path src = Files.createDirectories(project.resolve("src/main/java/demo"));
        Files.writeString(src.resolve("Greeter.java"), """
                package demo;
                public final class Greeter {
                    public static String greet(String name) { return "Hello, " + name; }
                }
                """);
        return src;
    }

    /**
     * The command that runs {@code mvnw package} on the project in {@code dir}, offline and quiet, with
     * {@code JAVA_HOME} set to this JVM's JDK (through env, so that {@link Run} runs it unchanged). The local
     * repository given to this JVM (surefire passes {@code -Dmaven.repo.local} on), if any, is the build's too.
     */
    static String[] packageCommand(Path dir) {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/env", "-u", "MAVEN_ARGS",
                "JAVA_HOME=" + System.getProperty("java.home"), repoRoot().resolve("mvnw").toString(),
                "-B", "-q", "-o", "-f", dir.resolve("pom.xml").toString()));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null && !repo.isBlank()) {
            cmd.add("-Dmaven.repo.local=" + repo);
        }
        cmd.add("package");
        return cmd.toArray(new String[0]);
    }
}
