package dev.peregrine.agent;

import dev.peregrine.agent.bridge.Bridge;
import dev.peregrine.agent.bridge.ReentryGuard;
import dev.peregrine.agent.capture.JvmOp;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.capture.Recorder;
import dev.peregrine.agent.capture.StackPolicy;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.agent.instrument.Installer;
import dev.peregrine.agent.pipeline.Consumer;
import dev.peregrine.agent.pipeline.EventLogSink;
import dev.peregrine.agent.pipeline.EventQueue;
import dev.peregrine.agent.pipeline.EventSink;
import dev.peregrine.agent.pipeline.FaultySink;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the agent inside its own class loader (called reflectively by the launcher): options, the queue and its
 * consumer with the sinks, the recorder behind the bridge, then the instrumentation. The calling thread (the
 * application's main thread under premain) holds the re-entry guard meanwhile, so the agent's own start-up I/O is
 * not reported. At JVM exit a shutdown hook drains the queue for a bounded time.
 */
public final class AgentRuntime {

    private static final long DRAIN_MILLIS = 5_000;
    private static final String BYTEBUDDY_SAFE = "net.bytebuddy.safe";

    private AgentRuntime() {
    }

    public static void start(String args, Instrumentation inst, boolean dynamic) throws Exception {
        ReentryGuard guard = ReentryGuard.current();
        boolean entered = guard.enter();
        try {
            // ByteBuddy must not touch sun.misc.Unsafe (JDK 24+ prints warnings into the application's stderr). The
            // literal is relocated by the shade plugin along with ByteBuddy, so it names only our private copy.
            if (System.getProperty(BYTEBUDDY_SAFE) == null) {
                System.setProperty(BYTEBUDDY_SAFE, "true");
            }
            AgentOptions options = AgentOptions.parse(args);
            AgentLog.quiet(options.quiet());
            ProcessInfo proc = ProcessInfo.current();
            EventQueue queue = new EventQueue(options.queueCapacity());
            Consumer consumer = new Consumer(queue, sinks(options, proc));
            consumer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(consumer, queue), "peregrine-shutdown"));
            StackPolicy policy = new StackPolicy(options.stackDepth(), options.watchedPrefixes(),
                    options.networkCallerOnly());
            Bridge.install(new Recorder(queue, policy, enabledOps(options)));
            int transformed = Installer.install(inst, Installer.allHooks());
            AgentLog.info("agent started (" + (dynamic ? "attached" : "premain") + ", mode "
                    + options.mode().name().toLowerCase(java.util.Locale.ROOT) + ", " + transformed
                    + " JDK classes instrumented)");
        } finally {
            if (entered) {
                guard.exit();
            }
        }
    }

    private static List<EventSink> sinks(AgentOptions options, ProcessInfo proc) throws Exception {
        List<EventSink> sinks = new ArrayList<>();
        if (options.eventsFile() != null) {
            sinks.add(new EventLogSink(options.eventsFile(), proc));
        }
        if (options.testFaults().contains("sink-throws")) {
            sinks.add(0, new FaultySink());
        }
        sinks.addAll(Evaluation.sinks(options, proc));
        return sinks;
    }

    private static boolean[] enabledOps(AgentOptions options) {
        boolean[] enabled = new boolean[JvmOp.values().length];
        for (JvmOp op : JvmOp.values()) {
            enabled[op.ordinal()] = options.ops().isEmpty() || options.ops().contains(op.id());
        }
        for (String name : options.ops()) {
            boolean known = false;
            for (JvmOp op : JvmOp.values()) {
                known |= op.id().equals(name);
            }
            if (!known) {
                throw new IllegalArgumentException("agent option ops: unknown operation '" + name + "'");
            }
        }
        return enabled;
    }

    private static void stop(Consumer consumer, EventQueue queue) {
        try {
            consumer.stop(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (queue.dropped() > 0 || AgentLog.failures() > 0) {
            AgentLog.warn("agent stopped: " + consumer.processed() + " events processed, " + queue.dropped()
                    + " dropped (queue full), " + AgentLog.failures() + " agent failures");
        }
    }
}
