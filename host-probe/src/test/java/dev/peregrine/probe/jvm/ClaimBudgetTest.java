package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimBudgetTest {

    @Test
    void eachUserHasABurstThatRefillsOverTimeIndependentlyOfOthers() {
        ClaimBudget budget = new ClaimBudget();
        long t = 1_000_000_000L;
        for (int i = 0; i < ClaimBudget.BURST; i++) {
            assertTrue(budget.tryTake(1000, t), "claim " + i + " of the burst");
        }
        assertFalse(budget.tryTake(1000, t), "spent");
        assertTrue(budget.tryTake(1001, t), "another user is not affected");
        assertFalse(budget.tryTake(1000, t + ClaimBudget.REFILL_NANOS - 1), "not refilled yet");
        assertTrue(budget.tryTake(1000, t + ClaimBudget.REFILL_NANOS), "one more per refill period");
        assertFalse(budget.tryTake(1000, t + ClaimBudget.REFILL_NANOS));
        long later = t + 1_000 * ClaimBudget.REFILL_NANOS;
        for (int i = 0; i < ClaimBudget.BURST; i++) {
            assertTrue(budget.tryTake(1000, later), "refilled up to the burst, no further");
        }
        assertFalse(budget.tryTake(1000, later));
    }
}
