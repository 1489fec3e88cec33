package dev.peregrine.engine.jvm;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;
import java.util.List;

/**
 * A JVM call as {@code jvm} rules see it, whoever holds it: the agent's captured event or a record read from a
 * ring. Implementations return the raw values they carry, {@code null} (or the documented sentinel) for what they
 * do not; which values a field reads, and on which operations, is decided once by {@link JvmFieldBinder}.
 * Implementations are reused, re-pointed objects: a value that must be built (a list, a joined command line) is
 * built on first request and kept until the next event, so a rule evaluated many times costs one allocation.
 */
public interface JvmEventView extends Event {

    @Override
    default String source() {
        return Sources.JVM;
    }

    @Override
    default String type() {
        return op();
    }

    /**
     * {@code jvm.op}: {@code file_open}, {@code net_connect}...; {@code unknown} for an operation the reader does not
     * know.
     */
    String op();

    /** The path of a file operation or of a native library ({@code jvm.file.path} or {@code jvm.lib.path}). */
    String path();

    /** The target of a rename. */
    String target();

    /** Linux open(2) flags of a file open; read only on {@code file_open}. */
    int openFlags();

    /** {@link JvmOpenFlags#names} of {@link #openFlags}; read only on {@code file_open}. */
    List<String> openFlagNames();

    /** Command and arguments of a started process. */
    List<String> execArgv();

    /** {@link #execArgv} joined by spaces. */
    String execCmdline();

    String execCwd();

    String netAddress();

    String netHost();

    /** The port of a network operation; read only when {@link #netAddress} is not null. */
    long netPort();

    String netFamily();

    String deserClass();

    String jndiName();

    String threadName();

    /** The Linux tid (the carrier's for a virtual thread) as the host sees it; 0 or negative when unknown. */
    long threadTid();

    boolean threadVirtual();

    String caller();

    /** Frames of the call, innermost first. */
    List<String> stack();

    /** The JVM's main class or jar. */
    String mainClass();

    /** The JVM's process id. */
    long pid();

    String procName();

    String procCmdline();

    String procExePath();

    String userName();

    /** The uid the JVM runs as; negative when unknown. */
    long userUid();
}
