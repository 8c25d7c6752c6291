package io.herald.scheduling;

import io.herald.domain.schedule.PushSchedule;
import io.herald.domain.schedule.Recurrence;
import java.time.Duration;
import java.time.Instant;

/**
 * A push to schedule, already validated by its family: once at {@code fixedTime}, or at every
 * occurrence of {@code recurrence} (exactly one of them is given).
 */
public record NewSchedule(PushSchedule.Summary summary, String pushRequest, Duration lifetime, Instant fixedTime, Recurrence recurrence) {
}
