package dev.peregrine.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One recorded event of the demo and what the default rules should make of it: {@code expectedRule} for an
 * attack, {@code null} for a benign event, which must raise nothing at Warning or above.
 */
public record Scenario(String attack, String expectedRule, JsonNode event) {

    public boolean isAttack() {
        return expectedRule != null;
    }
}
