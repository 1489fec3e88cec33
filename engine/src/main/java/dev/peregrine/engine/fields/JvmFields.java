package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.FieldType.BOOL;
import static dev.peregrine.engine.fields.FieldType.INT;
import static dev.peregrine.engine.fields.FieldType.IPADDR;
import static dev.peregrine.engine.fields.FieldType.PORT;
import static dev.peregrine.engine.fields.FieldType.STRING;
import static dev.peregrine.engine.fields.FieldType.STRING_LIST;

/**
 * Peregrine's own {@code jvm.*} class, filled by the Java agent. Every field is declared for both sources: on a
 * {@code jvm} event it describes the call itself; on a {@code syscall} event it describes the JVM call the event was
 * correlated with, and is not extractable ({@code <NA>}) when there was none.
 */
final class JvmFields {

    private JvmFields() {
    }

    static void declare(FieldTable t) {
        j(t, "jvm.op", STRING, "Operation: file_open, file_delete, file_rename, process_start, net_connect, "
                + "net_bind, net_accept, deserialize, jndi_lookup, native_load.");
        j(t, "jvm.file.path", STRING, "Path of the file operated on, absolute as the JVM resolved it.");
        j(t, "jvm.file.flags", STRING_LIST, "Open options in lower case, as java.nio names them: read, write, "
                + "append, create, create_new, truncate_existing, delete_on_close, sync, dsync.");
        j(t, "jvm.file.write", BOOL, "True when the file is opened for writing (write, append or truncate).");
        j(t, "jvm.file.target", STRING, "Target path of a rename or move.");
        j(t, "jvm.exec.argv", STRING_LIST, "Command and arguments of a started process, as the application gave them.");
        j(t, "jvm.exec.cmdline", STRING, "Command and arguments of a started process, joined by spaces.");
        j(t, "jvm.exec.exe", STRING, "Executable of a started process (argv[0]).");
        j(t, "jvm.exec.cwd", STRING, "Working directory of a started process.");
        j(t, "jvm.net.address", IPADDR, "IP address connected to, bound or accepted from; not set when unresolved.");
        j(t, "jvm.net.host", STRING, "Host name as the application gave it, before resolution.");
        j(t, "jvm.net.port", PORT, "Port connected to, bound or accepted from.");
        j(t, "jvm.net.family", STRING, "Address family: ipv4, ipv6 or unix.");
        j(t, "jvm.deser.class", STRING, "Fully qualified name of the class being deserialized.");
        j(t, "jvm.jndi.name", STRING, "Name looked up through JNDI (ldap://host/a, java:comp/env/x).");
        j(t, "jvm.lib.path", STRING, "Path or name of the native library being loaded.");
        j(t, "jvm.thread.name", STRING, "Name of the Java thread making the call.");
        j(t, "jvm.thread.tid", INT, "Linux tid of the calling thread (the carrier's for a virtual thread), as the host sees it: what thread.tid says on kernel events.");
        j(t, "jvm.thread.virtual", BOOL, "True when the calling thread is a virtual thread.");
        j(t, "jvm.caller", STRING, "First stack frame outside the JDK: class.method(File.java:line).");
        j(t, "jvm.stack", STRING_LIST, "Stack frames of the call, innermost first.");
        j(t, "jvm.stack.head", STRING, "Innermost stack frame: the JDK method that was called.");
        j(t, "jvm.main", STRING, "Main class or jar of the JVM (as in jcmd / jps -l).");
        j(t, "jvm.pid", INT, "Process id of the JVM.");
        j(t, "jvm.unexplained", BOOL, "On a syscall event from a JVM: true when no Java call explains it.");
        j(t, "jvm.correlated", BOOL, "True when a JVM call and a syscall event were matched to each other.");
    }

    private static void j(FieldTable t, String name, FieldType type, String description) {
        t.add(name, type, ArgumentKind.NONE, FieldTable.BOTH, description);
    }
}
