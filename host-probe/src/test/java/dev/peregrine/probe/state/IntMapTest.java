package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntMapTest {

    @Test
    void behavesLikeAHashMapUnderRandomChurn() {
        Random rnd = new Random(42);
        IntMap<Integer> map = new IntMap<>(4);
        Map<Integer, Integer> ref = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            int key = rnd.nextInt(2000) - 1000; // includes negatives and 0; forces collisions and removals
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    map.put(key, i);
                    ref.put(key, i);
                }
                case 1 -> assertEquals(ref.remove(key), map.remove(key));
                default -> assertEquals(ref.get(key), map.get(key));
            }
            assertEquals(ref.size(), map.size());
        }
        for (int k = -1000; k < 1000; k++) {
            assertEquals(ref.get(k), map.get(k), "key " + k);
        }
    }

    @Test
    void reservedKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IntMap<String>(4).put(Integer.MIN_VALUE, "x"));
    }
}
