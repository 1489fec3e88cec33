/**
 * Diagnostics about rules files: every error or warning carries a {@link dev.peregrine.engine.diag.SourcePosition}
 * (file, line, column and the source line) and prints as {@code file:line:col: error: message} with the line and a
 * caret. Texts taken out of YAML scalars (conditions, list items) keep a
 * {@link dev.peregrine.engine.diag.TextLocator} so an offset found by the parser or the checker maps back to the
 * file, however YAML folded or unescaped the scalar. {@link dev.peregrine.engine.diag.RulesException} carries all
 * the errors of one load, so a user fixes them in one pass.
 */
package dev.peregrine.engine.diag;
