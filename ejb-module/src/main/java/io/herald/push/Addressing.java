package io.herald.push;

import io.herald.domain.device.Platform;
import java.util.Optional;

/** What a push target names: a user (every device bound to it) or one device of a platform. */
public enum Addressing {
    USER(null), ANDROID_DEVICE(Platform.ANDROID), IOS_DEVICE(Platform.IOS), HARMONY_DEVICE(Platform.HARMONY);

    private final Platform platform;

    Addressing(Platform platform) {
        this.platform = platform;
    }

    /** The platform a device target must have; empty for users. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }
}
