/**
 * One class per subcommand ({@code validate}, {@code replay}, {@code run}, {@code demo}) and the option groups
 * they share ({@link dev.peregrine.cli.command.RulesOption}, {@link dev.peregrine.cli.command.OutputOptions}).
 * Commands print through picocli's writers ({@code spec.commandLine().getOut()/getErr()}), never
 * {@code System.out}, so tests run them in-process with captured output.
 */
package dev.peregrine.cli.command;
