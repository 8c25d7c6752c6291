package io.herald.mpaas;

import io.herald.app.AppRegistry;
import io.herald.domain.app.AccessKey;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Who is calling the POP endpoint, proven by a V1 or V3 signature with one of an app's AccessKeys.
 * The timestamp must be within 15 minutes of now, and a SignatureNonce is accepted once (remembered
 * in the {@code pop-nonces} cache for as long as its timestamp could pass).
 */
@Stateless
public class PopAuthenticator {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    AppRegistry registry;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/pop-nonces")
    Cache<String, Boolean> nonces;

    public AccessKey authenticate(PopRequest request) {
        String authorization = request.header("authorization").orElse("");
        return authorization.startsWith(PopSignature.V3_ALGORITHM) ? v3(request, authorization) : v1(request);
    }

    private AccessKey v1(PopRequest request) {
        AccessKey key = accessKey(request.require("AccessKeyId"));
        String signature = request.require("Signature");
        String nonce = request.require("SignatureNonce");
        checkTimestamp(request.get("Timestamp").orElseThrow(PopError.TIMESTAMP_FORMAT::exception));
        String method = request.get("SignatureMethod").orElse("HMAC-SHA1");
        if (!method.equals("HMAC-SHA1")) {
            throw PopError.INCOMPLETE_SIGNATURE.exception("SignatureMethod must be HMAC-SHA1");
        }
        // Clients differ on whether empty values are signed (mpaas-spec §2.2): either form is accepted.
        String withEmpty = PopSignature.stringToSignV1(request.httpMethod(), request.parameters(), false);
        String withoutEmpty = PopSignature.stringToSignV1(request.httpMethod(), request.parameters(), true);
        if (!PopSignature.matches(PopSignature.signV1(withEmpty, key.accessKeySecret()), signature)
                && !PopSignature.matches(PopSignature.signV1(withoutEmpty, key.accessKeySecret()), signature)) {
            throw PopError.SIGNATURE_DOES_NOT_MATCH.exception(withEmpty);
        }
        useNonce(key, nonce);
        return key;
    }

    private AccessKey v3(PopRequest request, String authorization) {
        Map<String, String> parts = authorizationParts(authorization.substring(PopSignature.V3_ALGORITHM.length()).trim());
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw PopError.INCOMPLETE_SIGNATURE.exception("Authorization needs Credential, SignedHeaders and Signature");
        }
        AccessKey key = accessKey(credential);
        String nonce = request.header("x-acs-signature-nonce").orElseThrow(() -> PopError.MISSING_PARAMETER.exception("x-acs-signature-nonce"));
        checkTimestamp(request.header("x-acs-date").orElseThrow(PopError.TIMESTAMP_FORMAT::exception));
        String hashedPayload = PopSignature.sha256Hex(request.body());
        String claimedHash = request.header("x-acs-content-sha256").orElse(hashedPayload);
        List<String> headerNames = Arrays.asList(signedHeaders.split(";"));
        String stringToSign = PopSignature.stringToSignV3(request.httpMethod(), request.query(), request.headers(), headerNames, claimedHash);
        if (!claimedHash.equals(hashedPayload) || !PopSignature.matches(PopSignature.signV3(stringToSign, key.accessKeySecret()), signature)) {
            throw PopError.SIGNATURE_DOES_NOT_MATCH.exception(stringToSign);
        }
        useNonce(key, nonce);
        return key;
    }

    private AccessKey accessKey(String accessKeyId) {
        AccessKey key = registry.byAccessKeyId(accessKeyId).orElseThrow(PopError.ACCESS_KEY_NOT_FOUND::exception);
        if (!key.isActive() || !key.app().isActive()) {
            throw PopError.ACCESS_KEY_INACTIVE.exception();
        }
        return key;
    }

    private void checkTimestamp(String timestamp) {
        Instant at;
        try {
            at = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw PopError.TIMESTAMP_FORMAT.exception();
        }
        if (Duration.between(at, clock.instant()).abs().compareTo(WINDOW) > 0) {
            throw PopError.TIMESTAMP_EXPIRED.exception();
        }
    }

    private void useNonce(AccessKey key, String nonce) {
        // Twice the window: a nonce must stay remembered while a timestamp 15 minutes ahead is still accepted.
        Boolean seen = nonces.putIfAbsent(key.accessKeyId() + "|" + nonce, Boolean.TRUE, WINDOW.toMinutes() * 2, TimeUnit.MINUTES);
        if (seen != null) {
            throw PopError.SIGNATURE_NONCE_USED.exception();
        }
    }

    private static Map<String, String> authorizationParts(String text) {
        Map<String, String> parts = new HashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return parts;
    }
}
