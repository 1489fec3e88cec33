package dev.peregrine.engine.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StringSetTest {

    @Test
    void answersLikeAHashSetOnRandomStringsAndCollidingHashes() {
        Random random = new Random(7);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(Integer.toString(random.nextInt(2000), 36));
        }
        // "Aa" and "BB" share a hash code: equal hashes must still be told apart by equals.
        values.addAll(List.of("Aa", "BB", "AaAa", "BBBB"));
        Set<String> expected = new HashSet<>(values);
        StringSet set = new StringSet(values);
        assertEquals(expected.size(), set.size());
        for (int i = 0; i < 3000; i++) {
            String probe = Integer.toString(i, 36);
            assertEquals(expected.contains(probe), set.contains(new String(probe)), probe);
        }
        assertTrue(set.contains("BB"));
        assertFalse(set.contains("AaBB"));
    }

    @Test
    void emptySetContainsNothing() {
        StringSet set = new StringSet(List.of());
        assertFalse(set.contains(""));
        assertFalse(set.contains("bash"));
        assertEquals(0, set.size());
    }
}
