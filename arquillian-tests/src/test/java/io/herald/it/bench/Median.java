package io.herald.it.bench;

import java.util.Comparator;
import java.util.List;

/** The median of a benchmark's rounds, which it reports with every round's figure as the spread. */
final class Median {

    private Median() {
    }

    /** The median of the values in that order (the upper one of an even count). */
    static <T> T of(List<T> values, Comparator<? super T> order) {
        return values.stream().sorted(order).toList().get(values.size() / 2);
    }

    static double of(List<Double> values) {
        return of(values, Comparator.naturalOrder());
    }
}
