package dev.peregrine.agent.it;

import java.util.ArrayList;
import java.util.List;

/**
 * For each default JVM rule, the real attacks of {@code testapp.Attacks} that must raise it and the near misses that
 * must not (the look-alikes its conditions and exceptions exist for), with exactly which rules each one raises: with
 * {@code rule_matching: all}, a reverse shell through bash's {@code 3<>} is also a metacharacter and every process
 * start is also "Command executed". Adding a rule to jvm_rules.yaml without a row here fails
 * {@link JvmRulesIT#everyShippedRuleHasARealAttackAndANearMiss}.
 */
final class JvmRuleActions {

    static final String GADGET = "Process started by gadget chain in JVM";
    static final String REVERSE_SHELL = "Reverse shell started by JVM";
    static final String METACHARACTERS = "Shell command with injection metacharacters run by JVM";
    static final String RECON = "Recon command run by JVM";
    static final String DESER = "Deserialization of known gadget class";
    static final String JNDI = "JNDI lookup of remote URL";
    static final String NATIVE_WRITABLE = "Native library loaded from writable directory";
    static final String FFM_LIBC = "C library bound through FFM by JVM";
    static final String WEBSHELL = "Webshell written by JVM";
    static final String TRAVERSAL = "Path traversal read by JVM";
    static final String SENSITIVE = "Sensitive file read by JVM";
    static final String EXEC = "Command executed from a JVM";

    private static final String APP = "dev.peregrine.agent.testapp.";
    private static final String PROC = APP + "ProcessAttacks";
    private static final String LOAD = APP + "LoadAttacks";
    private static final String NATIVE = APP + "NativeAttacks";
    private static final String FILES = APP + "FileAttacks";
    /** Stand-ins named like the libraries the rules' exceptions let through (see their Javadoc). */
    private static final String HADOOP_SHELL = "org.apache.hadoop.util.Shell";
    private static final String NETTY_LOADER = "io.netty.util.internal.NativeLibraryUtil";
    private static final String TOMCAT_EXPANDER = "org.apache.catalina.startup.ExpandWar";

    /**
     * One action of {@code Attacks}.
     *
     * @param rule    the rule the action is the attack or the near miss of
     * @param attack  true: {@code rule} must fire; false: a near miss, nothing at Warning or above may fire
     * @param name    the action's name, also the mark of the line making the call
     * @param className the test class holding that line (its source is src/test/java/<className>.java)
     * @param method  the method holding that line
     * @param fired   exactly the rules the action raises, each once
     * @param outcome how the application's {@code RESULT} for the action starts: the action really happened
     * @param minJdk  the first JDK that has the API
     */
    record Action(String rule, boolean attack, String name, String className, String method, List<String> fired,
                  String outcome, int minJdk) {

        /** The {@code jvm.caller} the action's alerts must carry. */
        String caller() {
            return Marks.frameOf(className, method, name);
        }

        Action since(int jdk) {
            return new Action(rule, attack, name, className, method, fired, outcome, jdk);
        }
    }

    static final List<Action> ALL = List.of(
            attack(GADGET, "gadget-exec", APP + "Gadget", "readObject", "exit 0 out gadget", EXEC),
            attack(GADGET, "gadget-jndi-factory", APP + "GadgetFactory", "getObjectInstance", "exit 0 out gadget",
                    EXEC),
            nearMiss(GADGET, "gadget-direct", PROC, "gadgetDirect", "exit 0 out gadget", EXEC),
            attack(REVERSE_SHELL, "reverse-shell", PROC, "reverseShell", "connected from loopback true exit 0",
                    METACHARACTERS, EXEC),
            attack(REVERSE_SHELL, "interactive-shell", PROC, "interactiveShell", "exit 0", EXEC),
            nearMiss(REVERSE_SHELL, "bash-echo", PROC, "bashEcho", "exit 0 out ok", EXEC),
            attack(METACHARACTERS, "shell-injection", PROC, "shellInjection", "exit 0 out a", EXEC),
            nearMiss(METACHARACTERS, "shell-variable", PROC, "shellVariable", "exit 0 out /", EXEC),
            nearMiss(METACHARACTERS, "echo-metachar", PROC, "echoMetachar", "exit 0 out a; id", EXEC),
            nearMiss(METACHARACTERS, "hadoop-groups", HADOOP_SHELL, "groups", "exit 0 out root", EXEC),
            attack(RECON, "recon-id", PROC, "reconId", "exit 0 out uid=", EXEC),
            attack(RECON, "recon-uname", PROC, "reconUname", "exit 0 out Linux", EXEC),
            nearMiss(RECON, "recon-lookalike", PROC, "reconLookalike", "exit 0 out id", EXEC),
            nearMiss(RECON, "hadoop-id", HADOOP_SHELL, "idGroup", "exit 0 out root", EXEC),
            attack(EXEC, "plain-start", PROC, "plainStart", "exit 0"),
            nearMiss(EXEC, "jspawnhelper", PROC, "jspawnhelper", "exit 1"),
            attack(DESER, "deser-gadget", LOAD, "deserGadget", "read javax.management.BadAttributeValueExpException"),
            attack(DESER, "deser-gadget-package", LOAD, "deserGadgetPackage",
                    "threw ClassNotFoundException org.apache.commons.collections4.functors.InstantiateFactory"),
            nearMiss(DESER, "deser-lookalike", LOAD, "deserLookalike", "read javax.management.AttributeValueExp"),
            attack(JNDI, "jndi-ldap", LOAD, "jndiLdap", "threw CommunicationException"),
            nearMiss(JNDI, "jndi-local", LOAD, "jndiLocal", "threw NoInitialContextException"),
            attack(NATIVE_WRITABLE, "native-writable", NATIVE, "nativeWritable", "loaded libpayload.so"),
            nearMiss(NATIVE_WRITABLE, "native-system", NATIVE, "nativeSystem", "loaded libz.so.1"),
            nearMiss(NATIVE_WRITABLE, "netty-extracted", NETTY_LOADER, "loadLibrary",
                    "loaded libnetty_transport_native_epoll_x86_64.so"),
            attack(FFM_LIBC, "ffm-libc", NATIVE, "ffmLibc", "found getpid true").since(22),
            nearMiss(FFM_LIBC, "ffm-libz", NATIVE, "ffmLibz", "found zlibVersion true").since(22),
            nearMiss(FFM_LIBC, "jni-libc", NATIVE, "jniLibc", "loaded libc.so.6"),
            attack(WEBSHELL, "webshell-jsp", FILES, "webshellJsp", "wrote "),
            attack(WEBSHELL, "webshell-class", FILES, "webshellClass", "wrote 4"),
            nearMiss(WEBSHELL, "upload-txt", FILES, "uploadTxt", "wrote 5"),
            nearMiss(WEBSHELL, "class-outside-webroot", FILES, "classOutsideWebroot", "wrote 4"),
            nearMiss(WEBSHELL, "tomcat-deploy", TOMCAT_EXPANDER, "expand", "wrote index.jsp"),
            attack(TRAVERSAL, "traversal-etc", FILES, "traversalEtc", "read "),
            nearMiss(TRAVERSAL, "traversal-inside", FILES, "traversalInside", "read 5"),
            attack(SENSITIVE, "shadow", FILES, "shadow", "read "),
            attack(SENSITIVE, "proc-environ", FILES, "procEnviron", "read "),
            nearMiss(SENSITIVE, "passwd", FILES, "passwd", "read "));

    private JvmRuleActions() {
    }

    /** The actions a JVM of feature version {@code jdk} can perform. */
    static List<Action> on(int jdk) {
        List<Action> out = new ArrayList<>();
        for (Action a : ALL) {
            if (a.minJdk() <= jdk) {
                out.add(a);
            }
        }
        return out;
    }

    private static Action attack(String rule, String name, String className, String method, String outcome,
                                 String... alsoFired) {
        List<String> fired = new ArrayList<>(List.of(rule));
        fired.addAll(List.of(alsoFired));
        return new Action(rule, true, name, className, method, List.copyOf(fired), outcome, 17);
    }

    private static Action nearMiss(String rule, String name, String className, String method, String outcome,
                                   String... fired) {
        return new Action(rule, false, name, className, method, List.of(fired), outcome, 17);
    }
}
