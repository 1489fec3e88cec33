package dev.peregrine.agent.capture;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.agent.bridge.Hooks;
import dev.peregrine.agent.pipeline.EventQueue;
import java.io.File;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Map;

/**
 * The agent side of the bridge: turns each intercepted call into a {@link CapturedEvent} on the application
 * thread. When the JDK method is entered: thread identity (the Linux tid of the thread about to make the syscall),
 * arguments, the stack its {@link StackPolicy} asks for, and the begin time; when it returns or throws: the end
 * time, and the event goes to the queue, which never blocks. One record per operation, carrying its bracket. Runs
 * under the bridge's re-entry guard.
 */
public final class Recorder implements Hooks {

    private final EventQueue queue;
    private final StackPolicy policy;
    private final StackCapture stacks = new StackCapture();
    /** Replaced once, when the sinks are ready (see {@code AgentRuntime}); read on every operation. */
    private volatile Interest interest;

    /** {@code interest}: what the consumers can use; everything else is not recorded at all. */
    public Recorder(EventQueue queue, StackPolicy policy, Interest interest) {
        this.queue = queue;
        this.policy = policy;
        this.interest = interest;
    }

    /** What the consumers can use, from now on. */
    public void interest(Interest now) {
        this.interest = now;
    }

    @Override
    public Object fileOpen(Object path, int flags) {
        FileFilter wanted = interest.filter(JvmOp.FILE_OPEN);
        if (wanted == null) {
            return null;
        }
        String absolute = Paths.absolute(path);
        if (!wanted.test(absolute, OpenFlags.isWrite(flags))) {
            return null;
        }
        CapturedEvent e = begin(JvmOp.FILE_OPEN);
        e.path = absolute;
        e.flags = flags;
        return open(e, policy.depthFor(e.op, e.path));
    }

    @Override
    public Object fileDelete(Object path) {
        FileFilter wanted = interest.filter(JvmOp.FILE_DELETE);
        if (wanted == null) {
            return null;
        }
        String absolute = Paths.absolute(path);
        if (!wanted.test(absolute, false)) {
            return null;
        }
        CapturedEvent e = begin(JvmOp.FILE_DELETE);
        e.path = absolute;
        return open(e, policy.depthFor(e.op, e.path));
    }

    @Override
    public Object fileRename(Object from, Object to) {
        FileFilter wanted = interest.filter(JvmOp.FILE_RENAME);
        if (wanted == null) {
            return null;
        }
        String source = Paths.absolute(from);
        String target = Paths.absolute(to);
        if (!wanted.test(source, false) && !wanted.test(target, false)) {
            return null;
        }
        CapturedEvent e = begin(JvmOp.FILE_RENAME);
        e.path = source;
        e.target = target;
        return open(e, Math.max(policy.depthFor(e.op, e.path), policy.depthFor(e.op, e.target)));
    }

    @Override
    public Object exec(String[] argv, Map<String, String> environment, String dir) {
        if (interest.filter(JvmOp.PROCESS_START) == null) {
            return null;
        }
        CapturedEvent e = begin(JvmOp.PROCESS_START);
        e.argv = argv.clone();
        e.cwd = dir != null ? new File(dir).getAbsolutePath() : System.getProperty("user.dir");
        e.envChanges = EnvironmentDiff.changes(environment);
        return open(e, policy.depthFor(e.op, null));
    }

    @Override
    public Object inetSocket(boolean bind, InetAddress address, int port) {
        JvmOp op = bind ? JvmOp.NET_BIND : JvmOp.NET_CONNECT;
        if (interest.filter(op) == null) {
            return null;
        }
        CapturedEvent e = begin(op);
        setInet(e, address, port);
        return open(e, policy.depthFor(op, null));
    }

    @Override
    public Object unixSocket(boolean bind, Object path) {
        JvmOp op = bind ? JvmOp.NET_BIND : JvmOp.NET_CONNECT;
        if (interest.filter(op) == null) {
            return null;
        }
        CapturedEvent e = begin(op);
        e.family = "unix";
        e.path = String.valueOf(path);
        return open(e, policy.depthFor(op, null));
    }

    @Override
    public Object jndi(Object name) {
        if (interest.filter(JvmOp.JNDI_LOOKUP) == null) {
            return null;
        }
        CapturedEvent e = begin(JvmOp.JNDI_LOOKUP);
        e.jndiName = String.valueOf(name);
        return open(e, policy.depthFor(e.op, null));
    }

    @Override
    public Object nativeLibrary(Object path, boolean ffm) {
        if (interest.filter(JvmOp.NATIVE_LOAD) == null) {
            return null;
        }
        CapturedEvent e = begin(JvmOp.NATIVE_LOAD);
        e.path = path instanceof Path p ? p.toAbsolutePath().toString() : String.valueOf(path);
        e.ffm = ffm;
        return open(e, policy.depthFor(e.op, null));
    }

    @Override
    public Object acceptBegin() {
        return interest.filter(JvmOp.NET_ACCEPT) != null ? open(begin(JvmOp.NET_ACCEPT), StackPolicy.NONE) : null;
    }

    @Override
    public void accepted(Object token, Object remote, long endNanos) {
        if (remote == null) {
            return; // nothing accepted (a non-blocking accept found no connection, or it failed)
        }
        CapturedEvent e = (CapturedEvent) token;
        if (remote instanceof InetSocketAddress isa) {
            setInet(e, isa.getAddress(), isa.getPort());
        } else if (remote instanceof UnixDomainSocketAddress uds) {
            e.family = "unix";
            e.path = uds.getPath().toString();
        }
        close(e, policy.depthFor(e.op, null), endNanos);
    }

    @Override
    public Object deserializeBegin() {
        return interest.filter(JvmOp.DESERIALIZE) != null ? open(begin(JvmOp.DESERIALIZE), StackPolicy.NONE) : null;
    }

    @Override
    public void deserialized(Object token, String className, boolean resolved, long endNanos) {
        if (className == null) {
            return; // no descriptor was read: the stream's exception tells the application
        }
        CapturedEvent e = (CapturedEvent) token;
        e.className = className;
        e.resolved = resolved;
        close(e, policy.depthFor(e.op, null), endNanos);
    }

    @Override
    public void end(Object token, long endNanos) {
        close((CapturedEvent) token, StackPolicy.NONE, endNanos);
    }

    @Override
    public void failed(Throwable t) {
        AgentLog.failure("recorder", t);
    }

    private static void setInet(CapturedEvent e, InetAddress address, int port) {
        e.port = port;
        if (address != null) {
            e.address = address.getHostAddress();
            // InetAddress.toString() is "host/literal" and never resolves: the host part is empty when unknown.
            String text = address.toString();
            int slash = text.indexOf('/');
            e.host = slash > 0 ? text.substring(0, slash) : null;
            e.family = address instanceof Inet4Address ? "ipv4" : "ipv6";
        }
    }

    private static CapturedEvent begin(JvmOp op) {
        CapturedEvent e = new CapturedEvent();
        e.op = op;
        Thread t = Thread.currentThread();
        e.virtualThread = ThreadIds.isVirtual(t);
        e.tid = ThreadIds.currentTid(e.virtualThread);
        e.javaThreadId = t.getId();
        e.threadName = t.getName();
        return e;
    }

    /**
     * Opens the bracket: the stack first (it may load classes and so open jars on this thread), then the begin
     * time, as late as possible, so the bracket holds the JDK's work and as little of the agent's as it can.
     */
    private CapturedEvent open(CapturedEvent e, int depth) {
        if (depth != StackPolicy.NONE) {
            stacks.capture(e, depth);
        }
        e.monoNanos = System.nanoTime();
        return e;
    }

    /** Closes the bracket (its end time was taken first thing in the exit advice) and queues the event. */
    private void close(CapturedEvent e, int depth, long endNanos) {
        e.endNanos = endNanos;
        if (depth != StackPolicy.NONE) {
            stacks.capture(e, depth);
        }
        queue.offer(e);
    }
}
