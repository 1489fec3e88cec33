package dev.peregrine.engine.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextPredicatesTest {

    static TextPredicate predicate(String op, String operand) {
        switch (op) {
            case "=":
                return TextPredicates.equalTo(operand);
            case "!=":
                return TextPredicates.notEqualTo(operand);
            case "contains":
                return TextPredicates.contains(operand);
            case "icontains":
                return TextPredicates.icontains(operand);
            case "startswith":
                return TextPredicates.startsWith(operand);
            case "endswith":
                return TextPredicates.endsWith(operand);
            case "glob":
                return new Glob(operand, false);
            case "iglob":
                return new Glob(operand, true);
            case "regex":
                return new RegexPredicate(operand);
            case "in":
                return TextPredicates.in(List.of(operand.split("\\|")));
            case "pmatch":
                return new PathPrefixSet(List.of(operand.split("\\|")));
            case "bcontains":
                return TextPredicates.bcontains(operand);
            case "bstartswith":
                return TextPredicates.bstartswith(operand);
            default:
                throw new IllegalArgumentException(op);
        }
    }

    @ParameterizedTest(name = "''{2}'' {0} ''{1}'' is {3}")
    @CsvSource(delimiter = ';', value = {
            "=;bash;bash;true",
            "=;bash;Bash;false",
            "!=;bash;sh;true",
            "!=;bash;bash;false",
            "contains;/.ssh/;/home/u/.ssh/id_rsa;true",
            "contains;/.ssh/;/home/u/ssh/id_rsa;false",
            "icontains;BEGIN PRIVATE;grep -r begin private /;true",
            "icontains;BEGIN PRIVATE;grep -r begin public /;false",
            "icontains;x;'';false",
            "startswith;/etc/;/etc/shadow;true",
            "startswith;/etc/;/var/etc/shadow;false",
            "endswith;release_agent;/sys/fs/cgroup/release_agent;true",
            "endswith;release_agent;/sys/fs/cgroup/release_agent2;false",
            // glob: no FNM_PATHNAME, so * crosses '/'
            "glob;/home/*/.ssh/*;/home/alice/.ssh/id_rsa;true",
            "glob;/home/*/.ssh/*;/home/a/b/.ssh/keys/x;true",
            "glob;/home/*/.ssh/*;/root/.ssh/id_rsa;false",
            "glob;*../*../*;/a/../../etc;true",
            "glob;*../*../*;/a/../etc;false",
            "glob;file?.txt;file1.txt;true",
            "glob;file?.txt;file10.txt;false",
            "glob;[a-c]x[!0-9];bxz;true",
            "glob;[a-c]x[!0-9];bx9;false",
            "glob;[^a]*;ba;true",
            "glob;[]]x;]x;true",
            "glob;a\\*b;a*b;true",
            "glob;a\\*b;axb;false",
            "glob;*.log;.log;true",
            "glob;[abc;[abc;true",
            "iglob;/HOME/*;/home/x;true",
            "iglob;[A-C]*;bob;true",
            "iglob;/HOME/*;/var/x;false",
            // regex: the whole string must match
            "regex;[a-z]+sh;bash;true",
            "regex;sh;bash;false",
            "in;sh|bash|zsh;zsh;true",
            "in;sh|bash|zsh;fish;false",
            "pmatch;/var/log|/usr/bin;/var/log;true",
            "pmatch;/var/log|/usr/bin;/var/log/syslog;true",
            "pmatch;/var/log|/usr/bin;/var/logs/x;false",
            "pmatch;/var/log|/usr/bin;/usr/lib/x;false",
            "pmatch;/var/log/|/usr//bin;/usr/bin/ls;true",
            "pmatch;/;/anything;true",
            "bcontains;454c46;x\u007fELF\u0001;true",
            "bcontains;0x454c46;ELX;false",
            "bstartswith;7f45;\u007fELF;true",
            "bstartswith;7f45;E\u007fLF;false",
    })
    void operators(String op, String operand, String value, boolean expected) {
        assertEquals(expected, predicate(op, operand).test(value));
    }
}
