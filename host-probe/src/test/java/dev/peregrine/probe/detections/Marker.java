package dev.peregrine.probe.detections;

import java.util.UUID;

/** Unique ids put into file names and command lines, so an alert can be tied to the action that caused it. */
final class Marker {

    private Marker() {
    }

    static String next() {
        return "pgm" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
