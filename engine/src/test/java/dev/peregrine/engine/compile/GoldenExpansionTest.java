package dev.peregrine.engine.compile;

import dev.peregrine.engine.Reference;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.rules.RulesFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Canonical printed conditions after macro, list and exception expansion (Falco's golden-test style). */
class GoldenExpansionTest {

    @Test
    void nestedMacrosAndLists() throws RulesException {
        CompiledRuleset rs = Compiling.compile("""
                - list: shells
                  items: [bash, sh]
                - list: more_shells
                  items: [shells, zsh, '"my shell"']
                - macro: spawned
                  condition: evt.type in (execve, execveat)
                - macro: shell
                  condition: spawned and proc.name in (more_shells, fish)
                - rule: r
                  desc: d
                  condition: shell and not proc.pname in (not_a_list, shells)
                  output: x %proc.name
                  priority: INFO
                """);
        assertEquals("((evt.type in (execve, execveat) and proc.name in (bash, sh, zsh, \"my shell\", fish)) and not proc.pname in (not_a_list, bash, sh))",
                Compiling.expanded(rs, "r"));
    }

    @Test
    void exceptions() throws RulesException {
        CompiledRuleset rs = Compiling.compile("""
                - list: shells
                  items: [bash, sh]
                - rule: r
                  desc: d
                  condition: evt.type = openat and fd.name startswith /etc
                  output: x
                  priority: INFO
                  exceptions:
                    - name: known
                      fields: [proc.name, fd.name]
                      comps: [=, startswith]
                      values:
                        - [vi, /etc/hosts]
                        - [nano, "/etc/my file"]
                    - name: by_list
                      fields: proc.pname
                      values: [shells, cron]
                    - name: list_values
                      fields: [proc.name, fd.name]
                      comps: [in, pmatch]
                      values:
                        - [[cat, less], [/etc/ssl, /etc/pki]]
                """);
        // Falco: cond and not ((f1 c1 v1 and f2 c2 v2) or ...) per exception; values quoted, list names expanded.
        assertEquals("((evt.type = openat and fd.name startswith /etc) and not ((proc.name = \"vi\" and fd.name startswith \"/etc/hosts\") or (proc.name = \"nano\" and fd.name startswith \"/etc/my file\")) and not proc.pname in (bash, sh, \"cron\") and not (proc.name in (cat, less) and fd.name pmatch (/etc/ssl, /etc/pki)))",
                Compiling.expanded(rs, "r"));
    }

    @Test
    void officialMacros() throws RulesException, IOException {
        CompiledRuleset rs = Compiling.compile(RulesFile.read(Reference.falcoRules()), new RulesFile("local.yaml", """
                - rule: My sensitive read
                  desc: d
                  condition: open_read and sensitive_files and not proc.name in (shell_binaries)
                  output: x
                  priority: WARNING
                """));
        assertEquals("((evt.type in (open, openat, openat2) and evt.is_open_read = true and fd.typechar = \"f\" and fd.num >= 0) and (fd.name in (/etc/shadow, /etc/sudoers, /etc/pam.conf, /etc/security/pwquality.conf) or fd.directory in (/etc/sudoers.d, /etc/pam.d)) and not proc.name in (ash, bash, csh, ksh, sh, tcsh, zsh, dash))",
                Compiling.expanded(rs, "My sensitive read"));
        assertEquals("(evt.type in (execve, execveat) and ((proc.name in (grep, egrep, fgrep) and (proc.args icontains \"BEGIN PRIVATE\" or proc.args icontains \"BEGIN OPENSSH PRIVATE\" or proc.args icontains \"BEGIN RSA PRIVATE\" or proc.args icontains \"BEGIN DSA PRIVATE\" or proc.args icontains \"BEGIN EC PRIVATE\" or (evt.num = 0 and (proc.args icontains \" pass \" or proc.args icontains \" ssh \" or proc.args icontains \" user \")))) or (proc.name = \"find\" and (proc.args contains \"id_rsa\" or proc.args contains \"id_dsa\" or proc.args contains \"id_ed25519\" or proc.args contains \"id_ecdsa\"))))",
                Compiling.expanded(rs, "Search Private Keys or Passwords"));
    }
}
