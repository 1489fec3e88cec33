package dev.peregrine.probe.daemon;

import dev.peregrine.probe.kernel.SyscallNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts received events per slot (one array increment per event: no allocation on the hot path) and renders the
 * periodic metrics line: events per second since the previous line, totals, drops, alerts, and the busiest types.
 * Written by the consumer thread; the line is rendered by the same thread.
 */
final class EventStats {

    private static final int TOP_TYPES = 12;

    private final long[] perSlot = new long[SyscallNumbers.SLOTS];
    private long events;
    private long lastEvents;
    private long lastNanos;

    EventStats(long nowNanos) {
        this.lastNanos = nowNanos;
    }

    void count(int slot) {
        events++;
        if (slot >= 0 && slot < perSlot.length) {
            perSlot[slot]++;
        }
    }

    long events() {
        return events;
    }

    long forSlot(int slot) {
        return slot >= 0 && slot < perSlot.length ? perSlot[slot] : 0;
    }

    /** {@code events=1200 (120.0/s) drops=0 alerts=2 types: openat=900 execve=12 ...}; starts a new interval. */
    String line(long nowNanos, long drops, long alerts) {
        double seconds = Math.max(1, nowNanos - lastNanos) / 1e9;
        double rate = (events - lastEvents) / seconds;
        lastEvents = events;
        lastNanos = nowNanos;
        StringBuilder sb = new StringBuilder(256);
        sb.append(String.format(Locale.ROOT, "events=%d (%.1f/s) drops=%d alerts=%d types:", events, rate, drops,
                alerts));
        for (int slot : busiest()) {
            sb.append(' ').append(SyscallNumbers.name(slot)).append('=').append(perSlot[slot]);
        }
        return sb.toString();
    }

    private List<Integer> busiest() {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < perSlot.length; i++) {
            if (perSlot[i] > 0) {
                slots.add(i);
            }
        }
        slots.sort((a, b) -> Long.compare(perSlot[b], perSlot[a]));
        return slots.size() > TOP_TYPES ? slots.subList(0, TOP_TYPES) : slots;
    }
}
