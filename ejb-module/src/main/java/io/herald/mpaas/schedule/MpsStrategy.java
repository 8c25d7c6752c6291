package io.herald.mpaas.schedule;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.schedule.Recurrence;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.PopRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code StrategyType} and {@code StrategyContent} of a push action, checked with the seed's rules:
 * 0 (or none) is immediate; 1 fires once at {@code fixedTime} (epoch ms, in the future); 2 recurs
 * from the day of {@code startTime} to the day of {@code endTime} (neither before today, the end not
 * before the start nor more than 180 days ahead) at {@code time} (HH:mm:ss), every day
 * ({@code circleType} 1), on weekdays 1–7 (2, Monday is 1) or on days of the month 1–31 (3) listed
 * in {@code circleValue}. Days are those of the app's time zone. Anything else is 3028.
 *
 * @param fixedTime  the time of a fixed-time push, or null
 * @param recurrence the recurrence of a recurring push, or null
 */
public record MpsStrategy(Instant fixedTime, Recurrence recurrence) {

    static final Duration FURTHEST_END = Duration.ofDays(180);

    /** The strategy of a scheduled push, or empty for an immediate one. */
    public static Optional<MpsStrategy> read(PopRequest request, ZoneId zone, Instant now) {
        String type = request.get("StrategyType").orElse("0");
        return switch (type) {
            case "0" -> Optional.empty();
            case "1" -> Optional.of(fixed(content(request), now));
            case "2" -> Optional.of(recurring(content(request), zone, now));
            default -> throw invalid("StrategyType must be 0, 1 or 2");
        };
    }

    private static MpsStrategy fixed(JsonObject content, Instant now) {
        Instant at = Instant.ofEpochMilli(millis(content, "fixedTime"));
        if (!at.isAfter(now)) {
            throw invalid("fixedTime must be in the future");
        }
        return new MpsStrategy(at, null);
    }

    private static MpsStrategy recurring(JsonObject content, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochMilli(millis(content, "startTime")), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli(millis(content, "endTime")), zone);
        if (first.isBefore(today) || last.isBefore(today)) {
            throw invalid("startTime and endTime may not be before today");
        }
        if (last.isBefore(first)) {
            throw invalid("endTime may not be before startTime");
        }
        if (last.isAfter(today.plusDays(FURTHEST_END.toDays()))) {
            throw invalid("endTime may be at most 180 days ahead");
        }
        Recurrence.Cycle cycle = switch (integer(content, "circleType")) {
            case 1 -> Recurrence.Cycle.DAILY;
            case 2 -> Recurrence.Cycle.WEEKLY;
            case 3 -> Recurrence.Cycle.MONTHLY;
            default -> throw invalid("circleType must be 1 (daily), 2 (weekly) or 3 (monthly)");
        };
        TreeSet<Integer> days = new TreeSet<>();
        if (cycle != Recurrence.Cycle.DAILY) {
            if (!(content.get("circleValue") instanceof JsonArray values)) {
                throw invalid("circleValue is required for weekly and monthly pushes");
            }
            for (JsonValue value : values) {
                if (!(value instanceof JsonNumber day) || !day.isIntegral()) {
                    throw invalid("circleValue must be a list of whole numbers");
                }
                days.add(day.intValue());
            }
        }
        try {
            return new MpsStrategy(null, new Recurrence(first, last, cycle, days, time(content)));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static JsonObject content(PopRequest request) {
        String text = request.get("StrategyContent").orElseThrow(() -> invalid("StrategyContent is required for a scheduled push"));
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid("StrategyContent must be a JSON object");
        }
    }

    private static long millis(JsonObject content, String name) {
        return wholeNumber(content, name, 15, name + " must be a time in epoch milliseconds");
    }

    private static int integer(JsonObject content, String name) {
        return (int) wholeNumber(content, name, 2, name + " is required");
    }

    /** A whole number, given as a JSON number or as a string of at most {@code digits} digits. */
    private static long wholeNumber(JsonObject content, String name, int digits, String otherwise) {
        JsonValue value = content.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        if (value instanceof JsonString text && text.getString().matches("\\d{1," + digits + "}")) {
            return Long.parseLong(text.getString());
        }
        throw invalid(otherwise);
    }

    private static LocalTime time(JsonObject content) {
        if (!(content.get("time") instanceof JsonString text) || !text.getString().matches("\\d{2}:\\d{2}:\\d{2}")) {
            throw invalid("time must be HH:mm:ss");
        }
        try {
            return LocalTime.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw invalid("time must be HH:mm:ss");
        }
    }

    private static RuntimeException invalid(String why) {
        return MpsError.INVALID_PARAM.exception(why);
    }
}
