package io.herald.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider every part of Herald builds and reads JSON with. {@code Json.create...} looks
 * the provider up again on every call: a service-loader scan of the deployment's modules, a failed
 * class lookup for OSGi (an exception with its stack trace) and a new provider with buffers of its own.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
