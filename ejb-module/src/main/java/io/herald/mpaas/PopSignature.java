package io.herald.mpaas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two ways Alibaba Cloud's clients sign a POP RPC call (mpaas-spec §2.2–2.4): V1, HMAC-SHA1
 * over the sorted, percent-encoded parameters; and V3, {@code ACS3-HMAC-SHA256} over a canonical
 * request of query, signed headers and the body's hash.
 */
public final class PopSignature {

    public static final String V3_ALGORITHM = "ACS3-HMAC-SHA256";

    private PopSignature() {
    }

    /** RFC 3986 encoding as the SDKs do it: only A–Z a–z 0–9 - _ . ~ stay as they are. */
    public static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The V1 string to sign; {@code skipEmpty} leaves out parameters with empty values, as the Tea SDK does. */
    public static String stringToSignV1(String method, Map<String, String> parameters, boolean skipEmpty) {
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> p : new TreeMap<>(parameters).entrySet()) {
            if (p.getKey().equals("Signature") || (skipEmpty && p.getValue().isEmpty())) {
                continue;
            }
            if (canonical.length() > 0) {
                canonical.append('&');
            }
            canonical.append(percentEncode(p.getKey())).append('=').append(percentEncode(p.getValue()));
        }
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonical.toString());
    }

    public static String signV1(String stringToSign, String accessKeySecret) {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    /** The V3 string to sign, from the request as received. */
    public static String stringToSignV3(String method, Map<String, String> query, Map<String, String> headers,
                                        List<String> signedHeaders, String hashedPayload) {
        StringBuilder canonicalQuery = new StringBuilder();
        for (Map.Entry<String, String> q : new TreeMap<>(query).entrySet()) {
            if (canonicalQuery.length() > 0) {
                canonicalQuery.append('&');
            }
            canonicalQuery.append(percentEncode(q.getKey())).append('=').append(percentEncode(q.getValue()));
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            canonicalHeaders.append(name).append(':').append(headers.getOrDefault(name, "").trim()).append('\n');
        }
        String canonicalRequest = method + "\n/\n" + canonicalQuery + "\n" + canonicalHeaders + "\n"
                + String.join(";", signedHeaders) + "\n" + hashedPayload;
        return V3_ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static String signV3(String stringToSign, String accessKeySecret) {
        return HexFormat.of().formatHex(hmac("HmacSHA256", accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares two signatures in constant time. */
    public static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String algorithm, byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
