package dev.peregrine.probe.daemon;

/**
 * Falco's token bucket (userspace/engine/token_bucket.cpp): {@code rate} tokens per second accumulate up to
 * {@code maxBurst}; each message claims one. It starts full, so the first drop is always reported. Time is passed in
 * (monotonic nanoseconds) so tests drive it without sleeping. Used from the consumer thread only.
 */
final class TokenBucket {

    private final double rate;
    private final double maxTokens;
    private double tokens;
    private long lastNanos;

    TokenBucket(double rate, int maxBurst, long nowNanos) {
        if (rate <= 0 || maxBurst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and max_burst >= 1 (got " + rate + ", " + maxBurst + ")");
        }
        this.rate = rate;
        this.maxTokens = maxBurst;
        this.tokens = maxBurst;
        this.lastNanos = nowNanos;
    }

    /** Takes one token if there is one. */
    boolean claim(long nowNanos) {
        double elapsed = Math.max(0, nowNanos - lastNanos) / 1e9;
        lastNanos = nowNanos;
        tokens = Math.min(maxTokens, tokens + elapsed * rate);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
