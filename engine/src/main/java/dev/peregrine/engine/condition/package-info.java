/**
 * The condition language front end: text in, pure-data syntax tree out. Nothing here knows fields, macros, lists
 * or events; that is the compiler's business ({@code dev.peregrine.engine.compile}).
 *
 * <h2>Design</h2>
 * <ul>
 *   <li>{@link dev.peregrine.engine.condition.Parser} is a hand-written recursive descent parser, one method per
 *   precedence level ({@code or → and → not → check}), following Falco's libsinsp grammar, which its javadoc
 *   reproduces in full as EBNF. {@link dev.peregrine.engine.condition.TermParser} parses what sits below a check
 *   (fields, transformers, values, lists), and {@link dev.peregrine.engine.condition.Scanner} is the lexer.
 *   Lexing is on demand, driven by the parser, because the language is context dependent: the same characters
 *   are a value after {@code =} and a syntax error in boolean position.</li>
 *   <li>The tree ({@link dev.peregrine.engine.condition.Expr}, {@link dev.peregrine.engine.condition.FieldExpr},
 *   {@link dev.peregrine.engine.condition.Operand}) is sealed interfaces of records, behaviour-free, and every node
 *   carries the offset of its first character in the condition, so any later pass can report
 *   {@code file:line:col} through a {@link dev.peregrine.engine.diag.TextLocator}. The engine targets Java 17, so
 *   consumers dispatch with {@code instanceof} patterns; new node types will only ever be added.</li>
 *   <li>Macro names ({@link dev.peregrine.engine.condition.MacroRef}) and list names
 *   ({@link dev.peregrine.engine.condition.ListRef}) are left unresolved; resolution is an AST-rewriting pass, as
 *   in Falco.</li>
 *   <li>Errors are {@link dev.peregrine.engine.condition.ConditionSyntaxException}: a Falco-like message plus an
 *   offset, turned into a {@link dev.peregrine.engine.diag.Diagnostic} with a caret by the caller's locator.
 *   Nesting deeper than 100 parentheses is refused up front, so hostile input (100,000 {@code (}) gets a clean
 *   error rather than a {@code StackOverflowError}.</li>
 *   <li>{@link dev.peregrine.engine.condition.ConditionPrinter} prints the canonical form used by golden tests
 *   (e.g. after macro expansion): fully parenthesised, one space between tokens, stable.</li>
 * </ul>
 * Parsing happens once per rule at load time; nothing here is on the event path.
 */
package dev.peregrine.engine.condition;
