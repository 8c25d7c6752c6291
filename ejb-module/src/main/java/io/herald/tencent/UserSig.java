package io.herald.tencent;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A TLSSigAPIv2 UserSig: zlib-compressed JSON in Tencent's URL-safe base64 variant, signed with
 * HMAC-SHA256 over identifier, sdkappid, time and expire (and userbuf when present).
 */
public final class UserSig {

    /** A compressed sig is small; anything far larger is not one, and is not inflated. */
    private static final int MAX_ENCODED_LENGTH = 4096;
    private static final int MAX_INFLATED_LENGTH = 16 * 1024;

    private final String identifier;
    private final long sdkAppId;
    private final long time;
    private final long expire;
    private final String userBuf;
    private final String sig;

    private UserSig(String identifier, long sdkAppId, long time, long expire, String userBuf, String sig) {
        this.identifier = identifier;
        this.sdkAppId = sdkAppId;
        this.time = time;
        this.expire = expire;
        this.userBuf = userBuf;
        this.sig = sig;
    }

    /** @throws TimException 70003 when the text is not a UserSig at all */
    public static UserSig parse(String encoded) {
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw TimError.USERSIG_INVALID.exception();
        }
        // Servlet query decoding turns '+' into ' ': a client that sent standard base64 is still understood.
        String standard = encoded.replace('*', '+').replace('-', '/').replace('_', '=').replace(' ', '+');
        try {
            byte[] compressed = Base64.getDecoder().decode(standard);
            JsonObject doc = JSON.createReader(new StringReader(inflate(compressed))).readObject();
            return new UserSig(
                    string(doc, "TLS.identifier"),
                    number(doc, "TLS.sdkappid"),
                    number(doc, "TLS.time"),
                    number(doc, "TLS.expire"),
                    doc.containsKey("TLS.userbuf") ? string(doc, "TLS.userbuf") : null,
                    string(doc, "TLS.sig"));
        } catch (IllegalArgumentException | ArithmeticException | JsonException | DataFormatException e) {
            throw TimError.USERSIG_INVALID.exception();
        }
    }

    /**
     * Checks the sig the way Tencent's own verifiers do: who it was made for, for which app, whether
     * it is still valid, and finally whether the app's key signed it.
     *
     * @return when the sig stops being valid
     */
    public Instant verify(long expectedSdkAppId, String expectedIdentifier, String secretKey, Instant now) {
        if (!identifier.equals(expectedIdentifier)) {
            throw TimError.USERSIG_IDENTIFIER_MISMATCH.exception();
        }
        if (sdkAppId != expectedSdkAppId) {
            throw TimError.USERSIG_SDKAPPID_MISMATCH.exception();
        }
        Instant expiresAt = Instant.ofEpochSecond(time).plusSeconds(expire);
        if (now.isAfter(expiresAt)) {
            throw TimError.USERSIG_EXPIRED.exception();
        }
        byte[] expected = hmac(secretKey).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.UTF_8))) {
            throw TimError.USERSIG_KEY_MISMATCH.exception();
        }
        return expiresAt;
    }

    private String hmac(String secretKey) {
        StringBuilder content = new StringBuilder()
                .append("TLS.identifier:").append(identifier).append('\n')
                .append("TLS.sdkappid:").append(sdkAppId).append('\n')
                .append("TLS.time:").append(time).append('\n')
                .append("TLS.expire:").append(expire).append('\n');
        if (userBuf != null) {
            content.append("TLS.userbuf:").append(userBuf).append('\n');
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED_LENGTH) {
                    throw new DataFormatException("too large");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            inflater.end();
        }
    }

    private static String string(JsonObject doc, String name) {
        JsonValue value = doc.get(name);
        if (!(value instanceof JsonString s)) {
            throw new IllegalArgumentException(name + " missing");
        }
        return s.getString();
    }

    private static long number(JsonObject doc, String name) {
        JsonValue value = doc.get(name);
        if (!(value instanceof JsonNumber n)) {
            throw new IllegalArgumentException(name + " missing");
        }
        return n.longValueExact();
    }
}
