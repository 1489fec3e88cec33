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
 * thread (thread identity, monotonic time, arguments, and the stack its {@link StackPolicy} asks for) and offers it
 * to the queue, which never blocks. Runs under the bridge's re-entry guard.
 */
public final class Recorder implements Hooks {

    private final EventQueue queue;
    private final StackPolicy policy;
    private final StackCapture stacks = new StackCapture();
    private final boolean[] enabled;

    public Recorder(EventQueue queue, StackPolicy policy, boolean[] enabledByOrdinal) {
        this.queue = queue;
        this.policy = policy;
        this.enabled = enabledByOrdinal.clone();
    }

    @Override
    public void fileOpen(Object path, int flags) {
        if (!enabled[JvmOp.FILE_OPEN.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.FILE_OPEN);
        e.path = Paths.absolute(path);
        e.flags = flags;
        finish(e, policy.depthFor(e.op, e.path));
    }

    @Override
    public void fileDelete(Object path) {
        if (!enabled[JvmOp.FILE_DELETE.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.FILE_DELETE);
        e.path = Paths.absolute(path);
        finish(e, policy.depthFor(e.op, e.path));
    }

    @Override
    public void fileRename(Object from, Object to) {
        if (!enabled[JvmOp.FILE_RENAME.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.FILE_RENAME);
        e.path = Paths.absolute(from);
        e.target = Paths.absolute(to);
        finish(e, Math.max(policy.depthFor(e.op, e.path), policy.depthFor(e.op, e.target)));
    }

    @Override
    public void exec(String[] argv, Map<String, String> environment, String dir) {
        if (!enabled[JvmOp.PROCESS_START.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.PROCESS_START);
        e.argv = argv.clone();
        e.cwd = dir != null ? new File(dir).getAbsolutePath() : System.getProperty("user.dir");
        e.envChanges = EnvironmentDiff.changes(environment);
        finish(e, policy.depthFor(e.op, null));
    }

    @Override
    public void inetSocket(boolean bind, InetAddress address, int port) {
        JvmOp op = bind ? JvmOp.NET_BIND : JvmOp.NET_CONNECT;
        if (!enabled[op.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(op);
        setInet(e, address, port);
        finish(e, policy.depthFor(op, null));
    }

    @Override
    public void unixSocket(boolean bind, Object path) {
        JvmOp op = bind ? JvmOp.NET_BIND : JvmOp.NET_CONNECT;
        if (!enabled[op.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(op);
        e.family = "unix";
        e.path = String.valueOf(path);
        finish(e, policy.depthFor(op, null));
    }

    @Override
    public void accept(Object remote) {
        if (!enabled[JvmOp.NET_ACCEPT.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.NET_ACCEPT);
        if (remote instanceof InetSocketAddress isa) {
            setInet(e, isa.getAddress(), isa.getPort());
        } else if (remote instanceof UnixDomainSocketAddress uds) {
            e.family = "unix";
            e.path = uds.getPath().toString();
        }
        finish(e, policy.depthFor(e.op, null));
    }

    @Override
    public void deserialize(String className, boolean resolved) {
        if (!enabled[JvmOp.DESERIALIZE.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.DESERIALIZE);
        e.className = className;
        e.resolved = resolved;
        finish(e, policy.depthFor(e.op, null));
    }

    @Override
    public void jndi(Object name) {
        if (!enabled[JvmOp.JNDI_LOOKUP.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.JNDI_LOOKUP);
        e.jndiName = String.valueOf(name);
        finish(e, policy.depthFor(e.op, null));
    }

    @Override
    public void nativeLibrary(Object path, boolean ffm) {
        if (!enabled[JvmOp.NATIVE_LOAD.ordinal()]) {
            return;
        }
        CapturedEvent e = begin(JvmOp.NATIVE_LOAD);
        e.path = path instanceof Path p ? p.toAbsolutePath().toString() : String.valueOf(path);
        e.ffm = ffm;
        finish(e, policy.depthFor(e.op, null));
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
        e.monoNanos = System.nanoTime();
        Thread t = Thread.currentThread();
        e.virtualThread = ThreadIds.isVirtual(t);
        e.tid = ThreadIds.currentTid(e.virtualThread);
        e.javaThreadId = t.getId();
        e.threadName = t.getName();
        return e;
    }

    private void finish(CapturedEvent e, int depth) {
        if (depth != StackPolicy.NONE) {
            stacks.capture(e, depth);
        }
        queue.offer(e);
    }
}
