import java.beans.Statement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application of the correlation tests, run with the agent: each argument is one action, done in order after a
 * second (so the probe has attached this JVM's ring); then it waits for the done file (first argument).
 */
public class Corr {

    public static void main(String[] args) throws Throwable {
        Thread.sleep(1500);
        for (int i = 1; i < args.length; i++) {
            String[] a = args[i].split("=", 2);
            switch (a[0]) {
                case "open" -> onRequestThread(() -> readFile(a[1]));
                case "open-main" -> readFile(a[1]);
                case "exec" -> spawn(a[1].split(" "));
                case "shell" -> spawn("sh", "-c", a[1]);
                case "shell-invoke" -> shellByMethodInvoke(a[1]);
                case "shell-mh" -> shellByInvokeWithArguments(a[1]);
                case "shell-beans" -> shellByBeansStatement(a[1]);
                case "deserialize" -> deserialize(a[1]);
                case "connect" -> connect(Integer.parseInt(a[1]));
                case "threads" -> threads(a[1]);
                case "ffm-system" -> ffmSystem(a[1]);
                case "ffm-open" -> ffmOpen(a[1]);
                case "ffm-connect" -> ffmConnect(Integer.parseInt(a[1]));
                default -> throw new IllegalArgumentException(args[i]);
            }
            Thread.sleep(200);
        }
        Path done = Path.of(args[0]);
        for (int i = 0; i < 1200 && !Files.exists(done); i++) {
            Thread.sleep(50);
        }
    }

    interface Action {
        void run() throws Exception;
    }

    static void onRequestThread(Action action) throws Exception {
        Exception[] failure = new Exception[1];
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "http-nio-8080-exec-1");
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    static void readFile(String path) throws Exception {
        try (FileInputStream in = new FileInputStream(path)) {
            in.read();
        }
    }

    static void spawn(String... argv) throws Exception {
        new ProcessBuilder(argv).start().waitFor();
    }

    /** ProcessBuilder.start reached through Method.invoke, as a gadget chain's InvokerTransformer does. */
    static void shellByMethodInvoke(String script) throws Exception {
        Process p = (Process) ProcessBuilder.class.getMethod("start").invoke(new ProcessBuilder("sh", "-c", script));
        p.waitFor();
    }

    static void shellByInvokeWithArguments(String script) throws Throwable {
        MethodHandle start = MethodHandles.publicLookup().findVirtual(ProcessBuilder.class, "start",
                MethodType.methodType(Process.class));
        ((Process) start.invokeWithArguments(new ProcessBuilder("sh", "-c", script))).waitFor();
    }

    /** java.beans.Statement: the XMLDecoder gadget's way to call a method named in data. */
    static void shellByBeansStatement(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script);
        new Statement(pb, "start", new Object[0]).execute();
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            child.onExit().join();
        }
    }

    /** A serialized object whose readObject starts a shell: ObjectInputStream's frames are on the call's stack. */
    static void deserialize(String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Gadget(script));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.readObject();
        }
    }

    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String script;

        Gadget(String script) {
            this.script = script;
        }

        private void readObject(ObjectInputStream in) throws Exception {
            in.defaultReadObject();
            new ProcessBuilder("sh", "-c", script).start().waitFor();
        }
    }

    static void connect(int port) throws Exception {
        new Socket("127.0.0.1", port).close();
    }

    /** "n:dir": n threads named worker-i, each reading dir/t{i}-{j} for j below 10. */
    static void threads(String spec) throws Exception {
        int n = Integer.parseInt(spec.substring(0, spec.indexOf(':')));
        String dir = spec.substring(spec.indexOf(':') + 1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            threads.add(new Thread(() -> {
                for (int j = 0; j < 10; j++) {
                    try {
                        readFile(dir + "/t" + id + "-" + j);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            }, "worker-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
    }

    static void ffmSystem(String command) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle system = linker.downcallHandle(linker.defaultLookup().find("system").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) system.invokeExact(arena.allocateFrom(command));
            System.out.println("system: " + rc);
        }
    }

    static void ffmOpen(String path) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle open = linker.downcallHandle(linker.defaultLookup().find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MethodHandle close = linker.downcallHandle(linker.defaultLookup().find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) open.invokeExact(arena.allocateFrom(path), 0);
            System.out.println("open: " + fd);
            int ignored = (int) close.invokeExact(fd);
        }
    }

    /** socket() and connect() to 127.0.0.1:port straight from libc: a TCP connection no Java call made. */
    static void ffmConnect(int port) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle socket = linker.downcallHandle(linker.defaultLookup().find("socket").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT));
        MethodHandle connect = linker.downcallHandle(linker.defaultLookup().find("connect").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                        ValueLayout.JAVA_INT));
        MethodHandle close = linker.downcallHandle(linker.defaultLookup().find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        int fd = (int) socket.invokeExact(2 /* AF_INET */, 1 /* SOCK_STREAM */, 0);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment addr = arena.allocate(16); // struct sockaddr_in, zeroed
            addr.set(ValueLayout.JAVA_SHORT, 0, (short) 2); // sin_family, host order
            addr.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8)); // sin_port, network order
            addr.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
            addr.set(ValueLayout.JAVA_BYTE, 4, (byte) 127); // sin_addr 127.0.0.1
            addr.set(ValueLayout.JAVA_BYTE, 7, (byte) 1);
            int rc = (int) connect.invokeExact(fd, addr, 16);
            System.out.println("connect: " + rc);
            if (rc != 0) {
                throw new IllegalStateException("native connect failed");
            }
        } finally {
            int ignored = (int) close.invokeExact(fd);
        }
    }
}
