package io.herald.domain.device;

public enum Platform {
    ANDROID, IOS, HARMONY
}
