package dev.peregrine.agent.testapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.catalina.startup.ExpandWar;
import org.apache.hadoop.util.Shell;

/**
 * The application {@code JvmRulesIT} starts with the agent and its default rules: {@code Attacks <workdir>
 * <action>...} performs, for real, the attack each default JVM rule exists for and, next to it, its near miss (the
 * harmless look-alike the rule's conditions and exceptions are there to let through), and prints
 * {@code RESULT <action> <outcome>} so the test knows each one really happened. Every action makes its call from
 * its own line, marked {@code // mark:<action>}: the alert's {@code jvm.caller} names which action raised it.
 * Where a rule's exception lets a library through, the near miss is made from a stand-in class named like that
 * library ({@code org.apache.hadoop.util.Shell}, {@code io.netty.util.internal.NativeLibraryUtil},
 * {@code org.apache.catalina.startup.ExpandWar}): the exception matches on the frames those names produce. Compiled
 * for Java 17; the FFM actions (JDK 22+) go through reflection.
 */
public final class Attacks {

    private Attacks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String result;
            try {
                result = run(dir, args[i]);
            } catch (Throwable t) {
                result = "threw " + t;
            }
            System.out.println("RESULT " + args[i] + " " + result);
        }
    }

    static String run(Path dir, String action) throws Exception {
        switch (action) {
            case "gadget-exec": return ProcessAttacks.gadgetExec();
            case "gadget-jndi-factory": return ProcessAttacks.gadgetJndiFactory();
            case "gadget-direct": return ProcessAttacks.gadgetDirect();
            case "reverse-shell": return ProcessAttacks.reverseShell();
            case "interactive-shell": return ProcessAttacks.interactiveShell();
            case "bash-echo": return ProcessAttacks.bashEcho();
            case "shell-injection": return ProcessAttacks.shellInjection();
            case "shell-variable": return ProcessAttacks.shellVariable();
            case "echo-metachar": return ProcessAttacks.echoMetachar();
            case "recon-id": return ProcessAttacks.reconId();
            case "recon-uname": return ProcessAttacks.reconUname();
            case "recon-lookalike": return ProcessAttacks.reconLookalike();
            case "plain-start": return ProcessAttacks.plainStart();
            case "jspawnhelper": return ProcessAttacks.jspawnhelper();
            case "deser-gadget": return LoadAttacks.deserGadget();
            case "deser-gadget-package": return LoadAttacks.deserGadgetPackage();
            case "deser-lookalike": return LoadAttacks.deserLookalike();
            case "jndi-ldap": return LoadAttacks.jndiLdap();
            case "jndi-local": return LoadAttacks.jndiLocal();
            case "native-writable": return NativeAttacks.nativeWritable(dir);
            case "native-system": return NativeAttacks.nativeSystem();
            case "ffm-libc": return NativeAttacks.ffmLibc();
            case "ffm-libz": return NativeAttacks.ffmLibz();
            case "jni-libc": return NativeAttacks.jniLibc();
            case "webshell-jsp": return FileAttacks.webshellJsp(dir);
            case "webshell-class": return FileAttacks.webshellClass(dir);
            case "upload-txt": return FileAttacks.uploadTxt(dir);
            case "class-outside-webroot": return FileAttacks.classOutsideWebroot(dir);
            case "traversal-etc": return FileAttacks.traversalEtc(dir);
            case "traversal-inside": return FileAttacks.traversalInside(dir);
            case "shadow": return FileAttacks.shadow();
            case "proc-environ": return FileAttacks.procEnviron();
            case "passwd": return FileAttacks.passwd();
            case "hadoop-groups": return Shell.groups();
            case "hadoop-id": return Shell.idGroup();
            case "netty-extracted": return NativeAttacks.nettyExtracted(dir);
            case "tomcat-deploy": return "wrote " + ExpandWar.expand(dir.resolve("webapps")).getFileName();
            default: throw new IllegalArgumentException("unknown action " + action);
        }
    }

    /** A process builder with stderr merged into stdout, so {@link #finish} sees all the child said. */
    public static ProcessBuilder command(String... argv) {
        return new ProcessBuilder(argv).redirectErrorStream(true);
    }

    /** The child's exit status and first line of output. */
    public static String finish(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int newline = out.indexOf('\n');
        return "exit " + p.waitFor() + " out " + (newline < 0 ? out : out.substring(0, newline));
    }
}
