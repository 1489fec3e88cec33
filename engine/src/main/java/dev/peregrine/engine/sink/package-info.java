/**
 * Where alerts go: one small interface, {@link dev.peregrine.engine.sink.AlertSink}, and one class per channel.
 *
 * <p>{@link dev.peregrine.engine.sink.Slf4jSink} writes readable lines through the application's own logging, with
 * the level following the rule priority. {@link dev.peregrine.engine.sink.JsonLinesSink} writes Falco JSON alerts,
 * one per line, to stdout or to a file it opens itself (no symbolic links followed, mode 0600, flushed per alert).
 * {@link dev.peregrine.engine.sink.MultiSink} fans out to several channels and isolates them: a channel that fails is
 * counted and logged, never allowed to cost another channel its alert. Later channels (HTTP webhook, syslog,
 * dashboard) are new classes implementing the same interface; nothing else changes.
 *
 * <p>Sinks run after a rule matched, not per event; they must be thread-safe, since the probe and the Java agent
 * may deliver alerts from different threads. The alert they get is lent for the call (see
 * {@link dev.peregrine.engine.sink.AlertSink}): keep {@code alert.copy()}, or render at once into a reused buffer,
 * as {@link dev.peregrine.engine.sink.JsonLinesSink} does (per-thread builder, no intermediate Strings).
 */
package dev.peregrine.engine.sink;
