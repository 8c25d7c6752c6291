package io.herald.mpaas;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of one POP RPC call, merged from the query, the form body and the
 * {@code x-acs-action}/{@code x-acs-version} headers. Names are matched ignoring the case of their
 * first letter, since some clients send {@code appId} for {@code AppId}.
 */
public final class PopRequest {

    private final String httpMethod;
    private final Map<String, String> parameters;

    public PopRequest(String httpMethod, Map<String, String> query, Map<String, String> form, String actionHeader, String versionHeader) {
        this.httpMethod = httpMethod;
        Map<String, String> merged = new TreeMap<>(form);
        merged.putAll(query);
        if (actionHeader != null) {
            merged.putIfAbsent("Action", actionHeader);
        }
        if (versionHeader != null) {
            merged.putIfAbsent("Version", versionHeader);
        }
        this.parameters = Collections.unmodifiableMap(merged);
    }

    public String httpMethod() {
        return httpMethod;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    public Optional<String> get(String name) {
        String value = parameters.get(name);
        if (value == null) {
            value = parameters.get(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> PopError.MISSING_PARAMETER.exception(name));
    }
}
