package io.herald.domain.app;

public enum AppStatus {
    ACTIVE,
    /** A disabled app keeps its data but every credential of it is refused. */
    DISABLED
}
