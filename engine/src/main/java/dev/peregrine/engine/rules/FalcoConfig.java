package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;

import java.util.List;

/**
 * The part of Falco's {@code falco.yaml} that Peregrine honours, under Falco's key names so that one file
 * configures both. Everything else in the file is ignored. Defaults are Falco 0.44's.
 *
 * @param rulesFiles  {@code rules_files} (or the legacy {@code rules_file}): files and directories, in load order
 * @param ruleMatching {@code rule_matching}: alert on the first matching rule only, or on all of them
 * @param priority    {@code priority}: rules less severe than this are not loaded
 */
public record FalcoConfig(List<String> rulesFiles, RuleMatching ruleMatching, Priority priority, boolean jsonOutput,
                          boolean jsonIncludeOutputProperty, boolean jsonIncludeTagsProperty,
                          boolean jsonIncludeMessageProperty, boolean jsonIncludeOutputFieldsProperty,
                          boolean bufferedOutputs, boolean timeFormatIso8601, boolean stdoutOutput,
                          boolean syslogOutput, FileOutput fileOutput, HttpOutput httpOutput,
                          List<Diagnostic> warnings) {

    public enum RuleMatching { FIRST, ALL }

    /** {@code file_output}. */
    public record FileOutput(boolean enabled, String filename, boolean keepAlive) {
    }

    /** {@code http_output}. */
    public record HttpOutput(boolean enabled, String url) {
    }

    public static final FalcoConfig DEFAULTS = new FalcoConfig(
            List.of("/etc/falco/falco_rules.yaml", "/etc/falco/falco_rules.local.yaml", "/etc/falco/rules.d"),
            RuleMatching.FIRST, Priority.DEBUG, false, true, true, false, true, false, false, true, true,
            new FileOutput(false, "./events.txt", false), new HttpOutput(false, ""), List.of());

    public FalcoConfig {
        rulesFiles = List.copyOf(rulesFiles);
        warnings = List.copyOf(warnings);
    }

    /** Reads a {@code falco.yaml}; keys it does not set keep their {@link #DEFAULTS}. */
    public static FalcoConfig parse(RulesFile file) throws RulesException {
        return new FalcoConfigReader(file).read();
    }
}
