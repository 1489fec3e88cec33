package dev.peregrine.agent.testapp;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files: a webshell written where a web server serves from, a path traversal out of a static directory into
 * /etc, a credentials file read; and their look-alikes (an upload that is not code, a class compiled outside the
 * served tree, a ../ that stays inside the application, a world-readable system file). Everything written lives in
 * the work directory; the reads are of real files.
 */
final class FileAttacks {

    /** The first bytes of a class file. */
    private static final byte[] MAGIC = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};

    private FileAttacks() {
    }

    static String webshellJsp(Path dir) throws IOException {
        Path page = Files.createDirectories(dir.resolve("webapps/ROOT")).resolve("cmd.jsp");
        Files.writeString(page, "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"); // mark:webshell-jsp
        return "wrote " + Files.size(page);
    }

    static String webshellClass(Path dir) throws IOException {
        Path code = Files.createDirectories(dir.resolve("webapps/ROOT/WEB-INF/classes")).resolve("Shell.class");
        Files.write(code, MAGIC); // mark:webshell-class
        return "wrote " + Files.size(code);
    }

    /** An upload into the same served directory that is not a server page. */
    static String uploadTxt(Path dir) throws IOException {
        Path upload = Files.createDirectories(dir.resolve("webapps/ROOT")).resolve("upload.txt");
        Files.writeString(upload, "hello"); // mark:upload-txt
        return "wrote " + Files.size(upload);
    }

    /** A class file written outside any served directory (what a compiler or an agent's cache does). */
    static String classOutsideWebroot(Path dir) throws IOException {
        Path code = Files.createDirectories(dir.resolve("build/classes")).resolve("App.class");
        Files.write(code, MAGIC); // mark:class-outside-webroot
        return "wrote " + Files.size(code);
    }

    /** {@code <dir>/static/} joined to {@code ../} as many times as it is deep, then {@code etc/hosts}. */
    static String traversalEtc(Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("static")).toAbsolutePath();
        String requested = "../".repeat(base.getNameCount()) + "etc/hosts";
        try (InputStream in = new FileInputStream(base + "/" + requested)) { // mark:traversal-etc
            return "read " + in.readAllBytes().length;
        }
    }

    /** A ../ that stays inside the application's directory. */
    static String traversalInside(Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("static")).toAbsolutePath();
        Files.writeString(Files.createDirectories(dir.resolve("data")).resolve("notes.txt"), "notes");
        try (InputStream in = new FileInputStream(base + "/../data/notes.txt")) { // mark:traversal-inside
            return "read " + in.readAllBytes().length;
        }
    }

    static String shadow() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("/etc/shadow"))) { // mark:shadow
            return "read " + in.readAllBytes().length;
        }
    }

    /** The JVM's own environment, where containers keep their secrets. */
    static String procEnviron() throws IOException {
        try (InputStream in = new FileInputStream("/proc/self/environ")) { // mark:proc-environ
            return "read " + in.readAllBytes().length;
        }
    }

    /** The world-readable user list next to it: no credentials in it. */
    static String passwd() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("/etc/passwd"))) { // mark:passwd
            return "read " + in.readAllBytes().length;
        }
    }
}
