package dev.peregrine.agent.capture;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Turns the path objects the JDK passes around (String, {@code UnixPath}, raw bytes) into absolute path strings. */
final class Paths {

    private Paths() {
    }

    static String absolute(Object path) {
        if (path instanceof String s) {
            // Relative java.io names resolve against user.dir, exactly as the JDK resolves them.
            return s.startsWith("/") ? s : new File(s).getAbsolutePath();
        }
        if (path instanceof Path p) {
            return p.isAbsolute() ? p.toString() : p.toAbsolutePath().toString();
        }
        if (path instanceof byte[] bytes) {
            // openat/unlinkat relative to a directory descriptor: the directory is not known here.
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(path);
    }
}
