/**
 * The deterministic join of kernel events with the JVM calls that caused them, so one alert carries both what the
 * kernel saw ({@code proc.*}, {@code fd.*}, {@code evt.*}) and the Java code behind it ({@code jvm.*}).
 *
 * <p>The agent records each intercepted call once, at its exit, with its bracket: begin and end on
 * CLOCK_MONOTONIC (System.nanoTime, the clock of bpf_ktime_get_ns) and the OS tid of the calling thread. A kernel
 * event of that thread whose timestamp lies in the bracket was caused by that call. No time-window guessing: the
 * only window is how long an event may wait for its call to arrive.
 *
 * <ul>
 *   <li><b>What is held.</b> {@link dev.peregrine.probe.correlate.Correlator#offer} holds the exec, open, connect
 *       (and unlink, rename, bind, accept) events of processes with an attached, bracketing agent ring, and the
 *       execs of processes such a JVM's thread forked ({@link dev.peregrine.probe.correlate.SpawnedChildren}: the
 *       kernel's fork record carries the forking Java thread's tid; posix_spawn mode execs jspawnhelper then the
 *       target, vfork mode the target). Nothing of other processes is ever held. A held event has the host state
 *       applied at once, in stream order, and a private copy of its record in a reused slot
 *       ({@link dev.peregrine.probe.correlate.HeldEvent}); its process is pinned (an exec's as a snapshot), so it
 *       reads the same when evaluated even if the process exec'd again or exited meanwhile.</li>
 *   <li><b>Joining.</b> {@link dev.peregrine.probe.correlate.Correlator#onJvmRecord} walks the held events of the
 *       record's thread (a list per tid) and evaluates those its bracket covers, with the record attached: their
 *       {@code jvm.*} fields read it ({@link dev.peregrine.probe.correlate.CorrelatedFields}). A record waits (stays
 *       in its ring) until the kernel side has been read past its end: the kernel records its events before the
 *       call returns, so once the kernel ring was found empty after that time, or records later than it were read,
 *       every event the call can explain has been offered.</li>
 *   <li><b>Never lost, bounded.</b> An event no call joined is evaluated once the kernel side has been read one
 *       hold window past it ({@link dev.peregrine.probe.correlate.Correlator#expire}); the daemon wakes for that
 *       deadline. Exec, open and connect events of a bracketing JVM then get {@code jvm.unexplained = true}: native
 *       code did them. A full hold queue evaluates its oldest early (counted).</li>
 *   <li><b>One operation, one alert.</b> A JVM record whose joined kernel events raised an alert is still
 *       evaluated on its own as a {@code source: jvm} event, but its alerts are kept only when more severe than the
 *       joined ones (the daemon's {@code SeverityGate}): a generic host alert at Notice must not hide the
 *       specific Critical JVM one, and an equally severe JVM alert would only repeat it. Without a counterpart,
 *       or when no syscall rule matched, the record is evaluated as usual.</li>
 * </ul>
 *
 * <p>Pids and tids are the host's on both sides: a JVM in a container writes its own namespace's tids, which its ring
 * translates when the record is read ({@code dev.peregrine.probe.jvm}); the correlator tells the rings of each
 * thread of an attached JVM that the kernel shows (forking, joinable syscall:
 * {@link dev.peregrine.probe.correlate.Correlator.ThreadWatcher}) with both its tids, which every kernel record
 * carries, so a thread is learned before its JVM record joins, even if it has exited since.
 *
 * <p>Single-threaded (the daemon's consumer); no allocation per event once the slots exist, except the process
 * snapshot of a held exec (execs allocate their command line anyway).
 */
package dev.peregrine.probe.correlate;
