package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code java -jar peregrine-demo-app.jar [--port N] [--dir DIR]}: starts the vulnerable service on 127.0.0.1 (port 0
 * picks a free one) and prints {@code peregrine-demo-app listening on http://127.0.0.1:PORT/ webroot=DIR} once it
 * accepts requests. {@code POST /shutdown} stops it (exit 0), so that the agent's exit hooks run.
 */
public final class VulnerableApp {

    public static final String READY = "peregrine-demo-app listening on ";

    private VulnerableApp() {
    }

    public static void main(String[] args) throws IOException {
        int port = 0;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: peregrine-demo-app [--port N] [--dir DIR]");
                    System.exit(2);
                }
            }
        }
        // /tmp explicitly: java.io.tmpdir could be anywhere, and the demo is about what lands in world-writable dirs.
        Path root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory(Path.of("/tmp"), "peregrine-demo-");
        Path webroot = WebRoot.create(root.resolve("webroot"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService workers = Executors.newFixedThreadPool(4, named("http-worker-"));
        server.setExecutor(workers);
        RequestThreads.route(server, "/files", new FilesHandler(webroot));
        RequestThreads.route(server, "/lookup", new LookupHandler());
        RequestThreads.route(server, "/cart", new CartHandler());
        RequestThreads.route(server, "/jndi", new JndiHandler());
        RequestThreads.route(server, "/upload", new UploadHandler(webroot.resolve("uploads")));
        RequestThreads.route(server, "/plugins/load", new PluginHandler());
        RequestThreads.route(server, "/native/exec", new NativeDebugHandler());
        RequestThreads.route(server, "/shutdown", exchange -> {
            Responses.send(exchange, 200, "bye\n");
            Thread stopper = new Thread(() -> {
                server.stop(0);
                workers.shutdown();
                System.exit(0);
            }, "shutdown");
            stopper.start();
        });
        server.start();
        System.out.println(READY + "http://127.0.0.1:" + server.getAddress().getPort() + "/ webroot=" + webroot);
        System.out.flush();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        };
    }
}
