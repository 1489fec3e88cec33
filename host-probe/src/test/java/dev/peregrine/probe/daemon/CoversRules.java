package dev.peregrine.probe.daemon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an end-to-end test proves about the correlated rules: the rules its real trigger must raise, and the rules a
 * benign action close to theirs (its near miss) must leave silent. {@link CorrelatedRuleCoverageTest} holds every
 * rule of {@code correlated_rules.yaml} to having both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface CoversRules {
    /** Rules this test's real trigger must raise. */
    String[] triggers() default {};

    /** Rules this test's near-miss actions must leave silent. */
    String[] nearMiss() default {};
}
