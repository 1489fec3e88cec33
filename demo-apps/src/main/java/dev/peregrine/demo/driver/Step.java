package dev.peregrine.demo.driver;

/**
 * One thing the driver does to the app. {@code expectedRule} is the Peregrine rule that must catch an attack;
 * {@code null} for benign traffic, which must raise nothing at Warning or above.
 */
public record Step(String id, String title, String expectedRule, Action action) {

    /** Performs the step against the app; returns what was sent and the evidence of what happened. */
    @FunctionalInterface
    public interface Action {
        Outcome perform(Http http) throws Exception;
    }

    /** {@code sent}: the request(s) in short; {@code evidence}: what shows it worked (or the benign answer). */
    public record Outcome(String sent, int status, String evidence) {
    }

    public boolean isAttack() {
        return expectedRule != null;
    }
}
