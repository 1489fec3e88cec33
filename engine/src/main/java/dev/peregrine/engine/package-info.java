/**
 * Peregrine's rules engine. {@link dev.peregrine.engine.Engine} is the facade every producer (kernel probe, Java
 * agent, replay) codes against: build it with a {@code FieldBinder} per source, {@code load} rules files, call
 * {@code evaluate} per event.
 *
 * <p>Inside, in data-flow order: {@code rules} reads YAML into specs; {@code condition} parses conditions into an
 * AST; {@code compile} expands macros, lists and exceptions, type-checks against {@code fields} and plans
 * {@code eval} nodes, indexed by event type; {@code output} renders alerts and {@code sink} delivers them.
 * Loading is all-or-nothing and swaps rulesets atomically; evaluation is lock-free and allocation-free for events
 * that match no rule.
 */
package dev.peregrine.engine;
