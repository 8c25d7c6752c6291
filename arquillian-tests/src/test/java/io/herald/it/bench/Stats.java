package io.herald.it.bench;

import java.util.Arrays;

/** Percentiles of measured durations, in milliseconds. */
record Stats(int count, double p50, double p99, double max) {

    static Stats ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, millis(sorted, 0.50), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String row() {
        return String.format("%.2f | %.2f | %.2f", p50, p99, max);
    }
}
