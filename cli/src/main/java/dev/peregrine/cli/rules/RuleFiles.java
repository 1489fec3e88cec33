package dev.peregrine.cli.rules;

import dev.peregrine.rules.DefaultRules;
import dev.peregrine.engine.rules.RulesFile;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the rules files named on the command line, or the defaults when none is named. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * The files' contents in command-line order (later files may append to or override earlier ones).
     *
     * @throws CannotReadRulesException naming the file and why, for a missing, unreadable or non-UTF-8 file
     */
    public static List<RulesFile> readOrDefaults(List<Path> paths) throws CannotReadRulesException {
        if (paths == null || paths.isEmpty()) {
            return DefaultRules.load();
        }
        List<RulesFile> files = new ArrayList<>(paths.size());
        for (Path path : paths) {
            files.add(read(path));
        }
        return files;
    }

    private static RulesFile read(Path path) throws CannotReadRulesException {
        if (Files.isDirectory(path)) {
            throw new CannotReadRulesException(path + ": is a directory, not a rules file");
        }
        try {
            return RulesFile.read(path);
        } catch (NoSuchFileException e) {
            throw new CannotReadRulesException(path + ": no such file");
        } catch (MalformedInputException e) {
            throw new CannotReadRulesException(path + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CannotReadRulesException(path + ": cannot read: " + e.getMessage());
        }
    }

    /** A rules file that could not be read at all (as opposed to one with errors in it). */
    public static final class CannotReadRulesException extends Exception {
        CannotReadRulesException(String message) {
            super(message);
        }
    }
}
