/**
 * From a matched event to an alert, in Falco's formats.
 *
 * <p>{@link dev.peregrine.engine.output.OutputFormat} compiles a rule's {@code output} once, when the rules load:
 * each {@code %field} is resolved against the {@link dev.peregrine.engine.fields.FieldRegistry} and bound to an
 * accessor by the event producer's {@link dev.peregrine.engine.event.FieldBinder}, and every mistake (unknown field,
 * missing argument, field of another source) becomes a positioned diagnostic, like a condition error. Rendering then
 * only walks an array of tokens: nothing is looked up by name, and nothing runs unless a rule matched, so this is
 * off the per-event hot path by construction.
 *
 * <p>Raising an alert allocates nothing: what all alerts of a rule share is prepared once
 * ({@link dev.peregrine.engine.output.AlertTemplate}), and the engine lends sinks a per-thread reused
 * {@link dev.peregrine.engine.output.Alert} ({@link dev.peregrine.engine.output.AlertSlot}) holding the event's field
 * values, valid until the sink returns; text is rendered only into a builder the sink passes. A sink that keeps
 * an alert keeps {@code alert.copy()}; a lent alert read too late throws instead of showing another alert's values.
 *
 * <p>An {@link dev.peregrine.engine.output.Alert} is plain data, independent of any format. Two renderings follow
 * Falco 0.44 exactly, so existing consumers (Falcosidekick, log pipelines, {@code jq} scripts) work unchanged:
 * {@link dev.peregrine.engine.output.FalcoText}, the {@code 09:12:31.123456789: Warning ...} line, and
 * {@link dev.peregrine.engine.output.FalcoJson}, the JSON alert with Falco's sorted keys, typed
 * {@code output_fields} (plus {@code evt.time}) and nanosecond UTC time. {@link dev.peregrine.engine.output.Json}
 * is a deliberately tiny writer: the engine runs inside users' JVMs and must not bring a JSON library that could
 * clash with theirs.
 */
package dev.peregrine.engine.output;
