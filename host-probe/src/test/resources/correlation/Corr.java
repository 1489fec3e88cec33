import java.io.FileInputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
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
                case "exec" -> spawn(a[1].split(" "));
                case "connect" -> connect(Integer.parseInt(a[1]));
                case "threads" -> threads(a[1]);
                case "ffm-system" -> ffmSystem(a[1]);
                case "ffm-open" -> ffmOpen(a[1]);
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
}
