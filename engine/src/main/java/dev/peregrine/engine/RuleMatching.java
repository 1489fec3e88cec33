package dev.peregrine.engine;

/** Falco's {@code rule_matching}: report every matching rule, or stop at the first one in file order. */
public enum RuleMatching {
    ALL, FIRST
}
