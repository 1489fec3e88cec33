package dev.peregrine.probe.detections;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the test that makes rule {@link #value} fire with a real syscall sequence. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Triggers {
    String[] value();
}
