/**
 * {@code peregrine demo --replay}: recorded attack steps and benign events ({@code demo/scenarios.json}) replayed through
 * the default rules, with a verdict. It is deliberately the replay path, and says so: the events go through the
 * same {@link dev.peregrine.cli.replay.EventParser} and binder as {@code peregrine replay}, so what the demo shows
 * is what a user gets from a replay of the same events. Passing means every attack step raised its expected rule
 * and no benign event raised anything at Warning or above (a false positive at that level pages someone).
 * The live demo (a real service attacked for real) is {@link dev.peregrine.cli.demo.live}.
 */
package dev.peregrine.cli.demo;
