/**
 * The {@code peregrine} command line.
 *
 * <p>Layout: {@link dev.peregrine.cli.Main} only wires picocli; one class per subcommand lives in
 * {@code command}; {@code rules} finds and reads rules files (the defaults come from the {@code rules} module's
 * class path resources); {@code replay} turns JSON-lines events into engine events; {@code output} fans alerts out
 * to stdout, files and SLF4J using the engine's own formatters; {@code demo} replays the bundled attack scenarios.
 *
 * <p>Conventions every command follows: stdout carries only the command's result (alerts as Falco text lines or
 * JSON lines, validation reports), so it can be piped; progress, summaries and problems with the input go to
 * stderr. Bad input never stops at the first problem: every bad rule and every bad event line is reported with
 * its file, line and column, then the exit status is 1. Usage errors exit with 2, as picocli does.
 */
package dev.peregrine.cli;
