package dev.peregrine.agent;

import dev.peregrine.agent.bridge.Bridge;
import dev.peregrine.agent.bridge.ReentryGuard;
import dev.peregrine.agent.capture.Interest;
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
        long t0 = System.nanoTime();
        try {
            // ByteBuddy must not touch sun.misc.Unsafe (JDK 24+ prints warnings into the application's stderr). The
            // literal is relocated by the shade plugin along with ByteBuddy, so it names only our private copy.
            if (System.getProperty(BYTEBUDDY_SAFE) == null) {
                System.setProperty(BYTEBUDDY_SAFE, "true");
            }
            AgentOptions options = AgentOptions.parse(args);
            AgentLog.quiet(options.quiet());
            ProcessInfo proc = ProcessInfo.current();
            boolean[] enabled = enabledOps(options);
            EventQueue queue = new EventQueue(options.queueCapacity());
            StackPolicy policy = new StackPolicy(options.stackDepth(), options.watchedPrefixes(),
                    options.networkCallerOnly());
            // Until the sinks say what they can use, everything enabled is recorded (and waits in the queue).
            Recorder recorder = new Recorder(queue, policy, Interest.all().only(enabled));
            // The sinks (the rules above all) are built on the consumer thread while this one instruments: on two
            // cores or more, start-up costs the longer of the two instead of their sum.
            Consumer consumer = new Consumer(queue, () -> openSinks(options, proc, recorder, enabled, t0));
            consumer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(consumer, queue), "peregrine-shutdown"));
            Bridge.install(recorder);
            int transformed = Installer.install(inst, Installer.allHooks());
            AgentLog.info("agent started (" + (dynamic ? "attached" : "premain") + ", mode "
                    + options.mode().name().toLowerCase(java.util.Locale.ROOT) + ", " + transformed
                    + " JDK classes instrumented) in " + millis(t0, System.nanoTime()) + " ms");
        } finally {
            if (entered) {
                guard.exit();
            }
        }
    }

    /**
     * Builds the sinks (consumer thread, under its re-entry guard) and narrows the recorder to what they can use. A
     * sink that cannot be built (an unreadable rules file...) leaves the agent recording nothing, said once.
     */
    private static List<EventSink> openSinks(AgentOptions options, ProcessInfo proc, Recorder recorder,
                                             boolean[] enabled, long t0) {
        try {
            List<EventSink> sinks = sinks(options, proc);
            Interest interest = interest(sinks).only(enabled);
            recorder.interest(interest);
            AgentLog.info("recording " + interest + " (sinks ready " + millis(t0, System.nanoTime())
                    + " ms after start)");
            return sinks;
        } catch (Exception | LinkageError e) {
            recorder.interest(Interest.none());
            AgentLog.warn("agent sinks failed to start, nothing is recorded: " + e);
            return List.of();
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
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

    /** What at least one sink can use: nothing else is recorded. */
    private static Interest interest(List<EventSink> sinks) {
        Interest wanted = Interest.none();
        for (EventSink sink : sinks) {
            wanted = wanted.or(sink.interest());
        }
        return wanted;
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
