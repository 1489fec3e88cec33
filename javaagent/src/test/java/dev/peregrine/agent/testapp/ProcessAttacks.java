package dev.peregrine.agent.testapp;

import static dev.peregrine.agent.testapp.Attacks.command;
import static dev.peregrine.agent.testapp.Attacks.finish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Hashtable;
import javax.naming.Reference;
import javax.naming.spi.NamingManager;

/**
 * Process starts: what the JVM rules on {@code process_start} catch (a gadget chain starting a process, a reverse
 * shell, shell metacharacters, a recon tool, any start) and their look-alikes. Every child is short-lived and
 * harmless: the reverse shell connects to a loopback socket this class opens, the "injected" command is {@code id}.
 */
final class ProcessAttacks {

    /** What the gadget runs, and what its near miss runs directly. */
    static final String[] GADGET_COMMAND = {"/bin/echo", "gadget"};

    private ProcessAttacks() {
    }

    /** A real {@code ObjectInputStream.readObject} of an object whose {@code readObject} starts a process. */
    static String gadgetExec() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Gadget(GADGET_COMMAND));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Gadget g = (Gadget) in.readObject();
            return g.outcome;
        }
    }

    /** A JNDI reference naming {@link GadgetFactory}, resolved by the JDK's {@code NamingManager}. */
    static String gadgetJndiFactory() throws Exception {
        Reference ref = new Reference(String.class.getName(), GadgetFactory.class.getName(), null);
        return (String) NamingManager.getObjectInstance(ref, null, null, new Hashtable<>());
    }

    static String gadgetDirect() throws Exception {
        return finish(command(GADGET_COMMAND).start()); // mark:gadget-direct
    }

    /** bash's /dev/tcp redirection to a loopback listener: the connection is made, then bash exits. */
    static String reverseShell() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            String redirect = "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort();
            Process p = command("bash", "-c", redirect).start(); // mark:reverse-shell
            try (Socket accepted = server.accept()) {
                return "connected from loopback " + accepted.getInetAddress().isLoopbackAddress() + " " + finish(p);
            }
        }
    }

    /** An interactive shell (-i) with no terminal: what a reverse shell's remote end is given. */
    static String interactiveShell() throws Exception {
        return finish(command("bash", "-i", "-c", "echo interactive").start()); // mark:interactive-shell
    }

    static String bashEcho() throws Exception {
        return finish(command("bash", "-c", "echo ok").start()); // mark:bash-echo
    }

    static String shellInjection() throws Exception {
        return finish(command("sh", "-c", "echo a; id").start()); // mark:shell-injection
    }

    /** A fixed helper expanding a variable: {@code $VAR} is not a metacharacter. */
    static String shellVariable() throws Exception {
        return finish(command("sh", "-c", "echo $HOME").start()); // mark:shell-variable
    }

    /** Metacharacters in the argument of a program that is not a shell: nothing interprets them. */
    static String echoMetachar() throws Exception {
        return finish(command("/bin/echo", "a; id").start()); // mark:echo-metachar
    }

    static String reconId() throws Exception {
        return finish(command("id").start()); // mark:recon-id
    }

    static String reconUname() throws Exception {
        return finish(command("uname", "-a").start()); // mark:recon-uname
    }

    /** "id" on the command line, but the program is basename. */
    static String reconLookalike() throws Exception {
        return finish(command("basename", "/usr/bin/id").start()); // mark:recon-lookalike
    }

    static String plainStart() throws Exception {
        return finish(command("/bin/true").start()); // mark:plain-start
    }

    /** The JDK's own helper (jvm_jdk_helpers), started by the application: it prints its usage and exits 1. */
    static String jspawnhelper() throws Exception {
        String helper = System.getProperty("java.home") + "/lib/jspawnhelper";
        return finish(command(helper).start()); // mark:jspawnhelper
    }
}
