package dev.peregrine.agent.testapp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Hashtable;
import javax.management.BadAttributeValueExpException;
import javax.naming.Context;
import javax.naming.InitialContext;

/**
 * One method per operation. Lines marked {@code // mark:<name>} are the calls the agent must name as
 * {@code jvm.caller}; the tests find the line numbers by reading this file.
 */
final class Operations {

    private final Path dir;

    Operations(Path dir) {
        this.dir = dir;
    }

    String run(String op) throws Exception {
        switch (op) {
            case "file-read": return fileRead();
            case "file-missing": return fileMissing();
            case "shadow": return shadow();
            case "await-attach": return awaitAttach();
            case "nio-write": return nioWrite();
            case "raf": return raf();
            case "delete-rename": return deleteRename();
            case "exec": return exec();
            case "tcp": return tcp();
            case "channels": return channels();
            case "unix": return unix();
            case "deser": return deser();
            case "jndi": return jndi();
            case "native": return nativeLoad();
            case "ffm": return ffm();
            case "virtual": return virtual();
            case "isolation": return Isolation.report();
            case "bracket-exec", "bracket-exec-missing", "bracket-open": return Brackets.run(op);
            default: throw new IllegalArgumentException("unknown op " + op);
        }
    }

    String fileRead() throws IOException {
        try (InputStream in = new FileInputStream("/etc/hostname")) { // mark:file-read
            return "read " + in.readAllBytes().length;
        }
    }

    String shadow() {
        try (InputStream in = Files.newInputStream(Path.of("/etc/shadow"))) { // mark:shadow
            return "read shadow";
        } catch (IOException e) {
            return e.getClass().getName();
        }
    }

    /** Prints READY, then waits until the test has attached the agent and created {@code <dir>/attached}. */
    String awaitAttach() throws InterruptedException {
        System.out.println("READY");
        System.out.flush();
        Path flag = dir.resolve("attached");
        for (int i = 0; i < 600 && !Files.exists(flag); i++) {
            Thread.sleep(100);
        }
        return Files.exists(flag) ? "attached" : "timed out";
    }

    String fileMissing() {
        try {
            new FileInputStream("/etc/peregrine-no-such-file").close(); // mark:file-missing
            return "opened";
        } catch (IOException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    String nioWrite() throws IOException {
        Path p = dir.resolve("nio.txt");
        Files.writeString(p, "hello"); // mark:nio-write
        return "wrote " + Files.size(p);
    }

    String raf() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("raf.bin").toFile(), "rw")) { // mark:raf
            f.writeInt(42);
            return "length " + f.length();
        }
    }

    String deleteRename() throws IOException {
        File a = dir.resolve("a.txt").toFile();
        try (FileOutputStream out = new FileOutputStream(a, true)) {
            out.write(1);
        }
        File b = dir.resolve("b.txt").toFile();
        boolean renamed = a.renameTo(b); // mark:io-rename
        Path c = Files.move(b.toPath(), dir.resolve("c.txt"), StandardCopyOption.REPLACE_EXISTING); // mark:nio-move
        Files.delete(c); // mark:nio-delete
        File d = dir.resolve("d.txt").toFile();
        boolean created = d.createNewFile();
        boolean deleted = d.delete(); // mark:io-delete
        return "renamed " + renamed + " created " + created + " deleted " + deleted;
    }

    String exec() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "echo $PEREGRINE_TEST").directory(dir.toFile());
        pb.environment().put("PEREGRINE_TEST", "42");
        Process p = pb.start(); // mark:exec
        String out = new String(p.getInputStream().readAllBytes()).trim();
        return "exit " + p.waitFor() + " out " + out;
    }

    String tcp() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback); // mark:tcp-bind
             Socket client = new Socket(loopback, server.getLocalPort()); // mark:tcp-connect
             Socket accepted = server.accept()) { // mark:tcp-accept
            return "peer port matches " + (accepted.getPort() == client.getLocalPort());
        }
    }

    String channels() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress()); // mark:channel-connect
                 SocketChannel accepted = server.accept()) { // mark:channel-accept
                return "connected " + client.isConnected() + " " + accepted.isConnected();
            }
        }
    }

    String unix() throws IOException {
        Path socket = dir.resolve("test.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket)); // mark:unix-bind
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket)); // mark:unix-connect
                 SocketChannel accepted = server.accept()) {
                return "connected " + client.isConnected() + " " + accepted.isConnected();
            } finally {
                Files.deleteIfExists(socket);
            }
        }
    }

    String deser() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new BadAttributeValueExpException("harmless"));
        }
        // A subclass overriding resolveClass, as "safe" input streams do: the agent must still see every class.
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, Operations.class.getClassLoader());
            }
        }) {
            Object o = in.readObject(); // mark:deser
            return "read " + o.getClass().getName();
        }
    }

    String jndi() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("com.sun.jndi.ldap.connect.timeout", "500");
        Context ctx = new InitialContext(env);
        try {
            ctx.lookup("ldap://127.0.0.1:1/cn=peregrine"); // mark:jndi
            return "found";
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    String nativeLoad() throws IOException {
        Path lib = dir.resolve("libpdemo.so");
        Files.copy(Path.of(NativeLibs.zlib()), lib, StandardCopyOption.REPLACE_EXISTING);
        System.load(lib.toString()); // mark:native
        return "loaded";
    }

    String ffm() throws Exception {
        Path lib = dir.resolve("libpffm.so");
        Files.copy(Path.of(NativeLibs.zlib()), lib, StandardCopyOption.REPLACE_EXISTING);
        return NativeLibs.ffmLookup(lib);
    }

    String virtual() throws Exception {
        String[] result = new String[1];
        Thread t = (Thread) Thread.class.getMethod("startVirtualThread", Runnable.class).invoke(null,
                (Runnable) () -> result[0] = virtualRead());
        t.join();
        return result[0];
    }

    private String virtualRead() {
        try (InputStream in = new FileInputStream("/etc/hostname")) { // mark:virtual-read
            return "virtual read " + in.readAllBytes().length;
        } catch (IOException e) {
            return e.toString();
        }
    }
}
