package dev.peregrine.bench.correlation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ring throughput agent → probe, one producer and one consumer thread (not JMH: JMH times one method per thread,
 * while here the figure is the time until the <em>other</em> thread has read the last record). The three pipes run
 * in every round, in rotating order, so a drifting machine load falls on all of them; each figure is the median over
 * the rounds, and the ring is reported as a ratio of the queue baseline measured in the same run.
 */
final class RingThroughputBench {

    private final BenchSettings settings;

    RingThroughputBench(BenchSettings settings) {
        this.settings = settings;
    }

    void run() throws Exception {
        for (boolean small : new boolean[] {false, true}) {
            run(new SampleEvents(small));
        }
    }

    private void run(SampleEvents events) throws Exception {
        int capacity = settings.ringBytes();
        Path dir = WorkDir.prepare(settings.workDir());
        int queueSlots = Integer.highestOneBit((int) Math.max(64, capacity / events.meanRecordBytes));
        Path ringA = dir.resolve("throughput-a.ring");
        Path ringB = dir.resolve("throughput-b.ring");
        List<Pipe> pipes = List.of(RingPipe.create(ringA, capacity, events, false),
                RingPipe.create(ringB, capacity, events, true), new QueuePipe(events, queueSlots));
        try {
            measure(pipes, events, capacity, dir);
        } finally {
            Files.deleteIfExists(ringA);
            Files.deleteIfExists(ringB);
        }
    }

    private void measure(List<Pipe> pipes, SampleEvents events, int capacity, Path dir) throws Exception {
        long count = settings.ringRecordsPerRound();
        List<List<Double>> rates = new ArrayList<>();
        for (int i = 0; i < pipes.size(); i++) {
            rates.add(new ArrayList<>());
        }
        int total = settings.warmups() + settings.rounds();
        for (int round = 0; round < total; round++) {
            for (int j = 0; j < pipes.size(); j++) {
                int p = (round + j) % pipes.size();
                double rate = count * 1e9 / pipes.get(p).run(count);
                if (round >= settings.warmups()) {
                    rates.get(p).add(rate);
                }
            }
        }
        System.out.printf("Ring throughput agent -> probe: %,d KiB ring in a mapped file (%s), %,d records per round,"
                        + " mean record %.0f B (%d events: %s); median of %d rounds after %d warm-up%n",
                capacity / 1024, dir, count, events.meanRecordBytes, SampleEvents.SIZE, events.description,
                settings.rounds(),
                settings.warmups());
        double[] medians = new double[pipes.size()];
        for (int p = 0; p < pipes.size(); p++) {
            double[] r = rates.get(p).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians[p] = r[r.length / 2];
            System.out.printf("  %-62s %,14.0f records/s %9.1f MB/s   (min %,.0f max %,.0f; producer found it full"
                            + " %,d times)%n", pipes.get(p).name(), medians[p], medians[p] * events.meanRecordBytes / 1e6,
                    r[0], r[r.length - 1], pipes.get(p).fullRetries());
        }
        System.out.printf("  ratio ring/baseline: %.2f   pre-encoded ring/baseline: %.2f   (%.1f ns/record through"
                        + " the ring, %.1f ns/event through the queue)%n", medians[0] / medians[2], medians[1] / medians[2],
                1e9 / medians[0], 1e9 / medians[2]);
        System.out.println("  (MB/s of the queue: the ring bytes the same events would take; the queue moves"
                + " references.)");
    }
}
