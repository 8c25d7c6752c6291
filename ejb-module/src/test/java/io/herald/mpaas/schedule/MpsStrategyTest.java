package io.herald.mpaas.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.schedule.Recurrence;
import io.herald.mpaas.MpsError;
import io.herald.mpaas.MpsException;
import io.herald.mpaas.PopRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MpsStrategyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 22 November 2026, 10:00 in Shanghai. */
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, SHANGHAI).toInstant();

    private static Optional<MpsStrategy> read(String type, String content) {
        Map<String, String> parameters = content == null ? Map.of("StrategyType", type) : Map.of("StrategyType", type, "StrategyContent", content);
        return MpsStrategy.read(new PopRequest("POST", parameters, Map.of(), new byte[0]), SHANGHAI, NOW);
    }

    private static long millis(String day) {
        return LocalDate.parse(day).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
    }

    private static String cyclic(String start, String end, String circle) {
        return "{\"startTime\":" + millis(start) + ",\"endTime\":" + millis(end) + "," + circle + ",\"time\":\"09:45:11\"}";
    }

    private static void refused(String type, String content) {
        MpsException e = assertThrows(MpsException.class, () -> read(type, content));
        assertEquals(MpsError.INVALID_PARAM, e.error());
    }

    @Test
    void immediateIsNoStrategy() {
        assertTrue(read("0", null).isEmpty());
    }

    @Test
    void aFixedTimeMustBeInTheFuture() {
        long inAMinute = NOW.plusSeconds(60).toEpochMilli();
        assertEquals(Instant.ofEpochMilli(inAMinute), read("1", "{\"fixedTime\":" + inAMinute + "}").orElseThrow().fixedTime());
        refused("1", "{\"fixedTime\":" + NOW.minusSeconds(1).toEpochMilli() + "}");
        refused("1", "{}");
        refused("1", null);
        refused("1", "not json");
    }

    @Test
    void aRecurrenceIsReadInTheAppsTimeZone() {
        Recurrence weekly = read("2", cyclic("2026-11-22", "2026-12-31", "\"circleType\":2,\"circleValue\":[1,5]")).orElseThrow().recurrence();
        assertEquals(LocalDate.parse("2026-11-22"), weekly.firstDay());
        assertEquals(LocalDate.parse("2026-12-31"), weekly.lastDay());
        assertEquals(Recurrence.Cycle.WEEKLY, weekly.cycle());
        assertEquals(java.util.List.of(1, 5), java.util.List.copyOf(weekly.days()));
        assertEquals(LocalTime.of(9, 45, 11), weekly.time());
        assertEquals(Recurrence.Cycle.DAILY, read("2", cyclic("2026-11-23", "2026-11-30", "\"circleType\":1")).orElseThrow().recurrence().cycle());
    }

    @Test
    void theSeedsBoundsOnTheWindowHold() {
        refused("2", cyclic("2026-11-21", "2026-11-30", "\"circleType\":1"));
        refused("2", cyclic("2026-11-30", "2026-11-29", "\"circleType\":1"));
        read("2", cyclic("2026-11-22", "2027-05-21", "\"circleType\":1"));
        refused("2", cyclic("2026-11-22", "2027-05-22", "\"circleType\":1"));
    }

    @Test
    void cyclesAndTheirDaysAreChecked() {
        refused("2", cyclic("2026-11-22", "2026-11-30", "\"circleType\":4"));
        refused("2", cyclic("2026-11-22", "2026-11-30", "\"circleType\":2"));
        refused("2", cyclic("2026-11-22", "2026-11-30", "\"circleType\":2,\"circleValue\":[0]"));
        refused("2", cyclic("2026-11-22", "2026-11-30", "\"circleType\":3,\"circleValue\":[32]"));
        refused("2", cyclic("2026-11-22", "2026-11-30", "\"circleType\":3,\"circleValue\":[\"x\"]"));
        refused("2", cyclic("2026-11-22", "2026-11-30", "\"circleType\":1").replace("09:45:11", "25:00:00"));
        refused("3", "{}");
    }
}
