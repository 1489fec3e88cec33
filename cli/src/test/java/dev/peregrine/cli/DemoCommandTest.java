package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.cli.demo.Scenario;
import dev.peregrine.cli.demo.Scenarios;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void everyAttackIsDetectedAndNoBenignEventAlertsLoudly() {
        Cli.Result r = Cli.run("demo", "--replay");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("a REPLAY of"), "the demo must say it is a replay: " + r);
        List<Scenario> scenarios = Scenarios.load();
        long attacks = scenarios.stream().filter(Scenario::isAttack).count();
        assertTrue(attacks >= 8, "too few attack scenarios: " + attacks);
        assertTrue(r.out().contains(attacks + "/" + attacks + " attack steps detected; 0 of "
                + (scenarios.size() - attacks) + " benign events"), r::toString);
        for (Scenario s : scenarios) {
            if (s.isAttack()) {
                assertTrue(r.out().lines().anyMatch(l -> l.contains(s.expectedRule()) && l.endsWith("  yes")),
                        () -> "no detected row for " + s.expectedRule() + "\n" + r);
            }
        }
        assertTrue(r.out().endsWith("PASS\n"), r::toString);
    }
}
