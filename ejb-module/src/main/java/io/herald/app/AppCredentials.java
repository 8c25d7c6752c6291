package io.herald.app;

import io.herald.domain.app.App;

/** Everything a client needs to call Herald as one app, secrets included: only returned when they are made. */
public record AppCredentials(AppView app, String secretKey, String accessKeyId, String accessKeySecret) {

    static AppCredentials of(App app, String accessKeyId, String accessKeySecret) {
        return new AppCredentials(AppView.of(app), app.secretKey(), accessKeyId, accessKeySecret);
    }
}
