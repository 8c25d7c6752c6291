package io.herald.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a recurring push fires: at {@code time} on every matching day from {@code firstDay} to
 * {@code lastDay} inclusive, in the app's time zone. Weekly days are 1 (Monday) to 7 (Sunday);
 * monthly days are 1 to 31, and a day a month does not have means that month's last day (31 fires
 * on 30 April, 29, 30 and 31 all fire once on 28 February in a common year).
 */
public record Recurrence(LocalDate firstDay, LocalDate lastDay, Cycle cycle, SortedSet<Integer> days, LocalTime time) {

    public enum Cycle { DAILY, WEEKLY, MONTHLY }

    public Recurrence {
        Objects.requireNonNull(firstDay);
        Objects.requireNonNull(lastDay);
        Objects.requireNonNull(cycle);
        Objects.requireNonNull(time);
        days = new TreeSet<>(days);
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day is before the first");
        }
        int max = switch (cycle) {
            case DAILY -> Integer.MAX_VALUE;
            case WEEKLY -> 7;
            case MONTHLY -> 31;
        };
        if (cycle != Cycle.DAILY && (days.isEmpty() || days.first() < 1 || days.last() > max)) {
            throw new IllegalArgumentException(cycle == Cycle.WEEKLY ? "weekly days are 1 (Monday) to 7 (Sunday)" : "monthly days are 1 to 31");
        }
    }

    /** Every firing after {@code after}, in order. */
    public List<Instant> firingsAfter(Instant after, ZoneId zone) {
        List<Instant> firings = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (matches(day)) {
                Instant at = ZonedDateTime.of(day, time, zone).toInstant();
                if (at.isAfter(after)) {
                    firings.add(at);
                }
            }
        }
        return firings;
    }

    private boolean matches(LocalDate day) {
        return switch (cycle) {
            case DAILY -> true;
            case WEEKLY -> days.contains(day.getDayOfWeek().getValue());
            case MONTHLY -> days.stream().anyMatch(d -> Math.min(d, day.lengthOfMonth()) == day.getDayOfMonth());
        };
    }
}
