/**
 * Compiled conditions: small immutable evaluator nodes, after google/cel-java's planner.
 *
 * <p>The compiler ({@code dev.peregrine.engine.compile}) turns a condition's AST into a tree of {@link
 * dev.peregrine.engine.eval.EvalNode}s once per load. Every name is resolved then: fields become {@code Accessor}s
 * bound through the event producer's {@code FieldBinder}, list names become open-addressed string sets
 * ({@link dev.peregrine.engine.eval.StringSet}), {@code pmatch} prefixes a
 * trie of path components, globs and regexes are compiled. At run time a node only reads values and compares,
 * so a rule costs a few virtual calls and no allocation for an event it does not match. Those calls are the
 * cost that remains, so they are kept cheap: {@link dev.peregrine.engine.eval.EvalNode} is an abstract class
 * (vtable, not itable, dispatch), each node overrides {@code test} itself, and the most frequent checks
 * ({@code field in (...)}, {@code field = x}) are nodes of their own rather than a node calling a predicate.
 *
 * <p>Three value shapes feed the comparisons: {@link dev.peregrine.engine.eval.TextValue} (strings, addresses),
 * {@link dev.peregrine.engine.eval.NumberValue} (numbers with the unboxed {@code Accessor.ABSENT} sentinel) and
 * {@link dev.peregrine.engine.eval.ListValue} (multi-valued fields). Transformers ({@code tolower}, {@code b64},
 * {@code basename}, {@code len}, {@code join}, {@code concat}, {@code getopt}...) are values wrapping values.
 *
 * <p>Absent values follow Falco: a comparison on a field the event cannot provide is false for every operator
 * (including {@code !=}), {@code exists} is false, and {@code not} of such a comparison is true.
 */
package dev.peregrine.engine.eval;
