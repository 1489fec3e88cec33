package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long S = 1_000_000_000L;

    @Test
    void startsFullThenRefillsAtTheRate() {
        TokenBucket b = new TokenBucket(0.5, 2, 0); // one token every 2 s, bursts of 2
        assertTrue(b.claim(0));
        assertTrue(b.claim(0));
        assertFalse(b.claim(0));
        assertFalse(b.claim(S)); // half a token
        assertTrue(b.claim(2 * S));
        assertFalse(b.claim(2 * S));
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        TokenBucket b = new TokenBucket(1, 3, 0);
        for (int i = 0; i < 3; i++) {
            assertTrue(b.claim(0));
        }
        long later = 1000 * S;
        for (int i = 0; i < 3; i++) {
            assertTrue(b.claim(later), "token " + i);
        }
        assertFalse(b.claim(later));
    }

    @Test
    void timeGoingBackwardsAddsNothing() {
        TokenBucket b = new TokenBucket(1, 1, 10 * S);
        assertTrue(b.claim(10 * S));
        assertFalse(b.claim(5 * S));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, 0));
    }
}
