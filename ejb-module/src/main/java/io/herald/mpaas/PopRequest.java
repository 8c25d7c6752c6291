package io.herald.mpaas;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One POP RPC call as received. Its parameters are the query and the form body merged (what a V1
 * signature covers); {@code Action} and {@code Version} fall back to the {@code x-acs-action} and
 * {@code x-acs-version} headers that V3 clients use instead. Parameter names are matched ignoring
 * the case of their first letter, since some clients send {@code appId} for {@code AppId}.
 */
public final class PopRequest {

    private final String httpMethod;
    private final Map<String, String> query;
    private final Map<String, String> parameters;
    private final Map<String, String> headers;
    private final byte[] body;
    private boolean utf8 = true;

    /**
     * @param headers request headers, names in lower case
     * @param body    the raw body; parsed as a form when the content type says so
     */
    public PopRequest(String httpMethod, Map<String, String> query, Map<String, String> headers, byte[] body) {
        this.httpMethod = httpMethod;
        this.query = Collections.unmodifiableMap(new TreeMap<>(query));
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
        Map<String, String> merged = new TreeMap<>(isForm(headers) ? parseForm(body) : Map.of());
        merged.putAll(query);
        this.parameters = Collections.unmodifiableMap(merged);
    }

    public String httpMethod() {
        return httpMethod;
    }

    /** Query and form parameters: what a V1 signature covers. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public Map<String, String> query() {
        return query;
    }

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public Optional<String> get(String name) {
        String value = parameters.get(name);
        if (value == null) {
            value = parameters.get(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
        }
        if (value == null && (name.equals("Action") || name.equals("Version"))) {
            value = headers.get("x-acs-" + name.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> PopError.MISSING_PARAMETER.exception(name));
    }

    private static boolean isForm(Map<String, String> headers) {
        return headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The form body's parameters. Bytes are taken as they are, raw or percent-encoded, and then read
     * as UTF-8; a body that is not UTF-8 is noted ({@link #isUtf8()}) and read leniently.
     */
    private Map<String, String> parseForm(byte[] body) {
        Map<String, String> form = new TreeMap<>();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return form;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                form.putIfAbsent(utf8(URLDecoder.decode(name, StandardCharsets.ISO_8859_1)), utf8(URLDecoder.decode(value, StandardCharsets.ISO_8859_1)));
            } catch (IllegalArgumentException e) {
                throw PopError.INVALID_PARAMETER.exception("the form body is not url-encoded");
            }
        }
        return form;
    }

    /** Whether the form body is UTF-8 text, as the mPaaS API requires (3031 otherwise). */
    public boolean isUtf8() {
        return utf8;
    }

    private String utf8(String bytesAsLatin1) {
        byte[] bytes = bytesAsLatin1.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            utf8 = false;
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
