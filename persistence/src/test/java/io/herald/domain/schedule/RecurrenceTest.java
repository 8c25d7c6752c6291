package io.herald.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime NINE = LocalTime.of(9, 45, 11);

    private static Recurrence recurrence(String first, String last, Recurrence.Cycle cycle, Integer... days) {
        return new Recurrence(LocalDate.parse(first), LocalDate.parse(last), cycle, new TreeSet<>(List.of(days)), NINE);
    }

    private static List<LocalDate> days(Recurrence recurrence, Instant after) {
        return recurrence.firingsAfter(after, SHANGHAI).stream().map(i -> i.atZone(SHANGHAI).toLocalDate()).toList();
    }

    private static Instant at(String day, int hour) {
        return ZonedDateTime.of(LocalDate.parse(day), LocalTime.of(hour, 0), SHANGHAI).toInstant();
    }

    @Test
    void dailyFiresEveryDayOfTheWindowIncludingBothEndsAtTheTimeInTheAppsZone() {
        Recurrence daily = recurrence("2026-03-01", "2026-03-03", Recurrence.Cycle.DAILY);
        List<Instant> firings = daily.firingsAfter(at("2026-02-28", 0), SHANGHAI);
        assertEquals(3, firings.size());
        assertEquals(ZonedDateTime.of(LocalDate.parse("2026-03-01"), NINE, SHANGHAI).toInstant(), firings.get(0));
        assertEquals(Instant.parse("2026-03-01T01:45:11Z"), firings.get(0), "09:45:11 in Shanghai is 01:45:11 UTC");
    }

    @Test
    void firingsAlreadyPastAreNotPlanned() {
        Recurrence daily = recurrence("2026-03-01", "2026-03-03", Recurrence.Cycle.DAILY);
        assertEquals(List.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03")), days(daily, at("2026-03-01", 10)));
    }

    @Test
    void weeklyDaysAreOneForMondayToSevenForSunday() {
        Recurrence weekly = recurrence("2026-11-23", "2026-12-06", Recurrence.Cycle.WEEKLY, 1, 7);
        assertEquals(List.of("2026-11-23", "2026-11-29", "2026-11-30", "2026-12-06").stream().map(LocalDate::parse).toList(),
                days(weekly, at("2026-11-22", 0)));
    }

    @Test
    void aMonthlyDayAMonthLacksFiresOnItsLastDayOnce() {
        Recurrence monthly = recurrence("2027-01-01", "2027-04-30", Recurrence.Cycle.MONTHLY, 29, 30, 31);
        assertEquals(List.of("2027-01-29", "2027-01-30", "2027-01-31", "2027-02-28", "2027-03-29", "2027-03-30", "2027-03-31",
                        "2027-04-29", "2027-04-30").stream().map(LocalDate::parse).toList(),
                days(monthly, at("2026-12-31", 0)));
        Recurrence leap = recurrence("2028-02-01", "2028-02-29", Recurrence.Cycle.MONTHLY, 31);
        assertEquals(List.of(LocalDate.parse("2028-02-29")), days(leap, at("2028-01-31", 0)));
    }

    @Test
    void daysOutsideTheirCycleAndBackwardWindowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> recurrence("2026-03-01", "2026-03-03", Recurrence.Cycle.WEEKLY, 8));
        assertThrows(IllegalArgumentException.class, () -> recurrence("2026-03-01", "2026-03-03", Recurrence.Cycle.WEEKLY));
        assertThrows(IllegalArgumentException.class, () -> recurrence("2026-03-01", "2026-03-03", Recurrence.Cycle.MONTHLY, 0));
        assertThrows(IllegalArgumentException.class, () -> recurrence("2026-03-01", "2026-03-03", Recurrence.Cycle.MONTHLY, 32));
        assertThrows(IllegalArgumentException.class, () -> recurrence("2026-03-03", "2026-03-01", Recurrence.Cycle.DAILY));
    }
}
