package dev.peregrine.probe.detections;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the test of a benign action close to what rule {@link #value} watches, which must not make it fire. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface NearMiss {
    String[] value();
}
