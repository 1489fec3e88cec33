package dev.peregrine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

/** Runs the command line in-process with captured stdout and stderr, and finds the repository's files. */
public final class Cli {

    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The repository root: tests run with the module directory as working directory. */
    public static Path repo() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the Peregrine repository: " + Path.of("").toAbsolutePath());
    }

    /** Falco's reference files, kept outside the repository ({@code <repo>/../shared/reference}). */
    public static Path reference(String name) {
        Path file = repo().resolveSibling("shared").resolve("reference").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("reference file missing: " + file);
        }
        return file;
    }
}
