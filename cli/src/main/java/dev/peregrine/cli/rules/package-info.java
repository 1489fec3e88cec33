/**
 * Where rules come from: the files named on the command line, in order, or else the default rules that the
 * {@code rules} module ships as class path resources ({@code rules/*.yaml}, host rules first). A file that cannot
 * be read at all is reported by name before the engine sees anything; errors inside a file are the engine's
 * diagnostics ({@code file:line:col}, source line, caret).
 */
package dev.peregrine.cli.rules;
