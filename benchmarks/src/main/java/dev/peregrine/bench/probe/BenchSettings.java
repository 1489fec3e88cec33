package dev.peregrine.bench.probe;

import java.nio.file.Path;

/**
 * Sizes of every probe benchmark; {@link #full} for the figures in docs/benchmarks.md, {@link #smoke} (tiny counts,
 * seconds in total) so CI can run the whole harness against the real kernel and keep it from rotting.
 * {@code floorObject} is the compiled floor.bpf.c, or null when clang was not available (that mode is then skipped).
 * {@code compareObject}, if not null, is another build of peregrine.bpf.c measured in the same run as the committed
 * one (before/after figures of a kernel-side change under the same machine noise).
 */
record BenchSettings(Path loadGen, Path floorObject, int warmups, int rounds, int generatorCpu, int drainRingBytes, long getppidOps,
                     long opencloseOps, long forkexecOps, int processes, double stepSeconds, long[] rateSteps,
                     int sustainedRingBytes, Path compareObject) {

    static BenchSettings full(Path loadGen, Path floorObject, int generatorCpu) {
        return new BenchSettings(loadGen, floorObject, 2, 7, generatorCpu, 64 << 20, 2_000_000, 200_000, 300, 2, 3.0,
                new long[] {250_000, 500_000, 750_000, 1_000_000, 1_250_000, 1_500_000, 2_000_000, 0}, 8 << 20, null);
    }

    BenchSettings withRounds(int n) {
        return new BenchSettings(loadGen, floorObject, warmups, n, generatorCpu, drainRingBytes, getppidOps, opencloseOps,
                forkexecOps, processes, stepSeconds, rateSteps, sustainedRingBytes, compareObject);
    }

    BenchSettings withCompareObject(Path object) {
        return new BenchSettings(loadGen, floorObject, warmups, rounds, generatorCpu, drainRingBytes, getppidOps,
                opencloseOps, forkexecOps, processes, stepSeconds, rateSteps, sustainedRingBytes, object);
    }

    static BenchSettings smoke(Path loadGen, Path floorObject, int generatorCpu) {
        return new BenchSettings(loadGen, floorObject, 1, 2, generatorCpu, 1 << 20, 20_000, 2_000, 5, 2, 0.3,
                new long[] {100_000, 0}, 8 << 20, null);
    }
}
