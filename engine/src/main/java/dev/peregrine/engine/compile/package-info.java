/**
 * The rules compiler: from a loaded {@code RulesetSpec} to a {@link dev.peregrine.engine.compile.CompiledRuleset}.
 *
 * <p>Passes, each a small class, in the order {@link dev.peregrine.engine.compile.RulesetCompiler} runs them:
 * <ol>
 *   <li>{@code ListTable} flattens named lists (lists may contain lists; cycles are errors naming the cycle);
 *       {@code MacroTable} parses every macro once.</li>
 *   <li>Per rule: parse the condition, then {@code ExceptionBuilder} appends the rule's exceptions as AST nodes
 *       ({@code cond and not ((f1 c1 v1 and f2 c2 v2) or ...)}, as Falco builds them).</li>
 *   <li>{@code MacroExpander} rewrites the AST: macros replaced by their expanded bodies, list references by their
 *       items (Falco's macro and list resolvers). The result contains checks only; it is what
 *       {@code ConditionPrinter} prints in the golden tests.</li>
 *   <li>{@code ConditionCompiler} plans the evaluator tree; {@code CheckCompiler} type-checks each check against the
 *       {@code FieldRegistry} and binds its fields through the source's {@code FieldBinder} once
 *       ({@code FieldBinding}); operands become hash sets, prefix tries, compiled globs and regexes.</li>
 *   <li>{@code EvtTypeAnalysis} derives the event types a condition can match (Falco's evttype resolver) and
 *       {@code SourceIndex} files each enabled rule under them, so an event meets only rules that can match it.
 *       Each bucket gets its own tree from {@code TypeSpecializer}: the evt.type checks the bucket already answers
 *       (mostly macro-expanded, e.g. {@code open_read} in every file rule) are folded to constants and vanish, so
 *       the index's work is never repeated per rule. {@code IndexDifferentialTest} checks indexed against naive
 *       evaluation on random events.</li>
 * </ol>
 *
 * <p>Diagnostics: AST nodes carry offsets into the text they were parsed from; after expansion one tree mixes texts
 * (rule, macros, exception values), so {@code Origins} remembers, by node identity, which text each rewritten check
 * came from, and errors point at the exact file, line and column. A failing check throws the internal
 * {@code CheckFailure}, which abandons that rule only: the load goes on and reports every error at once.
 */
package dev.peregrine.engine.compile;
