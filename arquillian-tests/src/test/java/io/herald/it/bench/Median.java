package io.herald.it.bench;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

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

    /** The median of one figure of the rounds. */
    static <T> double of(List<T> rounds, ToDoubleFunction<T> figure) {
        return of(rounds.stream().map(figure::applyAsDouble).toList());
    }

    /** One figure of every round, in the order they ran: the spread that goes with the median. */
    static <T> String listed(List<T> rounds, String format, ToDoubleFunction<T> figure) {
        return rounds.stream().map(round -> String.format(format, figure.applyAsDouble(round))).collect(Collectors.joining(", "));
    }
}
