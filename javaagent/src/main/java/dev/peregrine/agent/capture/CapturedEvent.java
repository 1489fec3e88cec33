package dev.peregrine.agent.capture;

import java.util.List;

/**
 * One intercepted operation, filled on the application thread and handed to the consumer thread through the
 * queue; never changed after it is queued (the queue's release/acquire ordering publishes the fields). Fields an
 * operation does not have stay {@code null} (or 0 / false). The only allocation an operation costs on the
 * application thread is this object, plus the walked stack frames when the stack policy asks for them.
 */
public final class CapturedEvent {
    public JvmOp op;
    /** {@code System.nanoTime()}: CLOCK_MONOTONIC on Linux, the clock of the kernel probe's bpf_ktime_get_ns. */
    public long monoNanos;
    /** When the operation returned or threw, same clock; 0 until then. With monoNanos it brackets the operation. */
    public long endNanos;
    /** Linux thread id (of the carrier, for a virtual thread). */
    public long tid;
    /** {@code Thread.getId()}. */
    public long javaThreadId;
    public String threadName;
    public boolean virtualThread;

    /** File path, library path, UNIX socket path. */
    public String path;
    /** Rename target. */
    public String target;
    /** Linux open(2) flags of a file open. */
    public int flags;

    public String[] argv;
    /** Environment entries a started process gets that differ from this JVM's: {@code KEY=VALUE}, or {@code -KEY}. */
    public List<String> envChanges;
    public String cwd;

    public String address;
    /** Host name the application gave, when the address was created from one (no reverse lookup is made). */
    public String host;
    public int port;
    /** ipv4, ipv6 or unix. */
    public String family;

    public String className;
    public boolean resolved;
    public String jndiName;
    public boolean ffm;

    /**
     * Frames {@code class.method(File.java:line)}, innermost first; null when the policy skipped the stack. Set by
     * {@link #materializeStack()} on the consumer thread, from the frames the application thread walked.
     */
    public List<String> stack;
    /** First frame outside the JDK and the agent; null when not captured or not found. Set like {@link #stack}. */
    public String caller;
    /** The walked frames, until {@link #materializeStack()} formats them. */
    StackWalker.StackFrame[] frames;
    StackWalker.StackFrame callerFrame;
    boolean stackWalked;
    /** Class loader of the caller's class: the application's loader, where its SLF4J lives. */
    public ClassLoader callerLoader;

    /**
     * Formats the walked stack into {@link #stack} and {@link #caller}: the consumer thread calls it before any sink
     * reads them, so the application thread pays only for the walk, not for resolving file names and line numbers.
     */
    public void materializeStack() {
        StackCapture.materialize(this);
    }
}
