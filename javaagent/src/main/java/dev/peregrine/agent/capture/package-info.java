/**
 * Capture: what happens on the application thread when an intercepted JDK method runs.
 *
 * <p>{@link dev.peregrine.agent.capture.Recorder} implements the bridge's hooks. Per event it allocates one
 * {@link dev.peregrine.agent.capture.CapturedEvent}, reads the thread identity
 * ({@link dev.peregrine.agent.capture.ThreadIds}: Linux tid cached per platform thread, read per call on virtual
 * threads because they change carriers), the arguments, and, depending on the
 * {@link dev.peregrine.agent.capture.StackPolicy}, the stack, then the begin time ({@code System.nanoTime()}:
 * CLOCK_MONOTONIC, the kernel probe's clock) and returns the event as the bracket's token; when the JDK method
 * returns or throws, the end time is set and the event offered to the queue. Everything else (formatting, rules,
 * output) happens on the consumer thread.
 *
 * <h2>Why stack capture is a policy</h2>
 * Walking the stack is by far the most expensive part of an event (microseconds, versus tens of nanoseconds for the
 * rest). The operations that matter most for security are rare (process start, deserialization, JNDI, native loads:
 * always a full stack, bounded to {@code stack.depth} frames), while file opens are frequent and mostly harmless
 * (jars, configuration, logs): a file operation walks the stack only when its path is under one of the watched
 * prefixes ({@code /etc/}, {@code /root/}, {@code /proc/}...), where the rules look. Network operations walk only
 * until the caller. {@link java.lang.StackWalker} materializes frames lazily, so the walk stops as soon as it has the
 * requested depth and the caller (the first frame outside the JDK and the agent). The application thread only walks
 * and keeps the frames; turning them into {@code class.method(File.java:line)} text (resolving file names and line
 * numbers, most of the cost) is done by the consumer thread before any sink reads the event.
 */
package dev.peregrine.agent.capture;
