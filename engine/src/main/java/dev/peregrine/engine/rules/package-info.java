/**
 * Reads Falco-compatible rules files into an immutable {@link dev.peregrine.engine.rules.RulesetSpec}.
 *
 * <h2>Pipeline</h2>
 * <pre>
 * RulesFile (name, text)
 *   → YamlDocuments   SnakeYAML compose only: Node trees with marks, never Java objects; alias/depth/size limits
 *   → ItemReader      one top-level item: list | macro | rule (RuleReader) | required_* ; exceptions (ExceptionReader)
 *   → RulesetBuilder  Falco's collector: define / append / replace / enable, in file order
 *   → RulesetSpec     ordered rules, macros, lists + warnings
 * </pre>
 * The split mirrors Falco's rule_loader_reader (shape and keys of one item) and rule_loader_collector (merging
 * items across files). Conditions are <em>not</em> parsed here; the compiler parses them and needs only to know
 * where each character came from.
 *
 * <h2>Falco semantics kept</h2>
 * <ul>
 * <li>Redefining a rule, macro or list replaces it in the slot of the first definition ({@code LinkedHashMap.put}
 *     keeps the slot), so rule order, and hence {@code rule_matching: first}, stays as in Falco.</li>
 * <li>{@code override: {key: append|replace}}: lists append/replace {@code items}; macros {@code condition};
 *     rules append {@code condition output desc tags exceptions} and replace those plus {@code priority enabled
 *     warn_evttypes skip-if-unknown-filter}. Appends join with one space; appended exceptions with an existing name
 *     only add values. A key given without an override entry (or the reverse) is an error, as in Falco.</li>
 * <li>Deprecated {@code append: true} and the standalone {@code enabled} toggle work, with Falco's warnings;
 *     {@code append} together with {@code override} is an error.</li>
 * <li>Exceptions: {@code fields} as a list (comps default to {@code =}) or one string (values are a flat list,
 *     comps default to {@code in}). A value that is itself a list is rendered {@code (a, "b c")} as Falco does;
 *     scalar values are left raw for the compiler to quote (Falco's quote_item/paren_item).</li>
 * <li>Tags form a sorted set, like Falco's {@code std::set}.</li>
 * </ul>
 * Deliberate differences: an item in error is skipped and reading goes on, so one run reports every broken item
 * (Falco stops at the first); unknown keys are warnings; a {@code replace} override of a list or macro nobody
 * defined warns (Falco silently defines it); plugin version requirements are only checked for shape.
 *
 * <h2>Positions</h2>
 * Every diagnostic carries {@code file:line:col} and the source line. Scalars whose inner positions matter
 * (conditions, list items, exception values) are {@link dev.peregrine.engine.rules.Text}s: the value plus a
 * {@link dev.peregrine.engine.diag.TextLocator}. {@code ScalarLocator} aligns the value with the raw file text
 * between the node's marks (every non-blank character appears in order; an escape stands for one character; folded
 * blanks map to the break they replaced), which works for plain, quoted, literal and folded scalars alike without
 * re-implementing YAML. {@code JoinedLocator} keeps an appended condition pointing into both files.
 *
 * <h2>Safety</h2>
 * Rules files may come from users: composing stops at nodes (no type construction), aliases, nesting and size are
 * bounded ({@code YamlDocuments}), and duplicate keys are errors rather than silently last-wins.
 */
package dev.peregrine.engine.rules;
