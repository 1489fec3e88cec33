/**
 * Peregrine's default rules as the rest of the system loads them: the YAML files are this module's resources
 * ({@code rules/*.yaml}), and {@link dev.peregrine.rules.DefaultRules} is the one place that knows how to find them
 * and in which order they load, for the CLI, the daemon and the benchmarks alike.
 */
package dev.peregrine.rules;
