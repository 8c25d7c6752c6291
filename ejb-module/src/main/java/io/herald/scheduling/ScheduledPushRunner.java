package io.herald.scheduling;

import io.herald.domain.app.App;

/** Carries out a stored push request now, as an immediate push of its kind, and says which task it made. */
public interface ScheduledPushRunner {

    /** @throws RuntimeException when the request is refused now (a template deleted since, say); nothing is pushed then */
    String run(App app, String pushRequest);
}
