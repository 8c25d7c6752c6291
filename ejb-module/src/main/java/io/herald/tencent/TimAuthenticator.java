package io.herald.tencent;

import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;

/**
 * Who is calling a {@code /v4} API: the app named by {@code sdkappid}, its admin named by
 * {@code identifier}, proven by {@code usersig}. The checks run in the order Tencent documents, each
 * with its own code. A sig that verified is remembered until it expires, so repeat callers pay one
 * cache lookup; failures are counted per identifier and lock it out for a minute past a limit.
 * <p>
 * It is a plain application-scoped bean that reads the app straight from its repository, without a
 * transaction: the app comes from Hibernate's caches, and beginning and ending a transaction for that
 * read was once the largest single cost of a cheap call such as sendmsg; the two session-bean calls
 * around the read that remained cost 3% of the server's CPU under sendmsg load.
 */
@ApplicationScoped
public class TimAuthenticator {

    @Inject
    AppRepository apps;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/verified-signatures")
    Cache<String, Long> verifiedSignatures;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/signature-failures")
    Cache<String, Integer> signatureFailures;

    @Inject
    @ConfigProperty(name = "herald.tencent.usersig.max-failures-per-minute", defaultValue = "20")
    int maxFailuresPerMinute;

    /** Verifies who is calling; whether the caller may use a command is the command's decision. */
    public TimCaller authenticate(String sdkAppIdParam, String identifier, String userSig, String clientIp) {
        long sdkAppId = sdkAppId(sdkAppIdParam);
        if (identifier == null || identifier.isEmpty() || userSig == null) {
            throw TimError.MISSING_IDENTIFIER_OR_USERSIG.exception();
        }
        if (userSig.isEmpty()) {
            throw TimError.USERSIG_EMPTY.exception();
        }
        App app = apps.findBySdkAppIdOutsideTransaction(sdkAppId).orElseThrow(TimError.SDKAPPID_NOT_FOUND::exception);
        if (!app.isActive()) {
            throw TimError.SDKAPPID_DISABLED.exception();
        }
        verify(app, identifier, userSig);
        return new TimCaller(app, identifier, clientIp);
    }

    private void verify(App app, String identifier, String userSig) {
        Instant now = clock.instant();
        // The key fingerprint is part of the cache key: rotating the app's key invalidates every remembered sig.
        String cacheKey = app.sdkAppId() + "|" + identifier + "|" + sha256(app.secretKey()) + "|" + userSig;
        Long expiresAt = verifiedSignatures.get(cacheKey);
        if (expiresAt != null && now.getEpochSecond() <= expiresAt) {
            return;
        }
        String failureKey = app.sdkAppId() + "|" + identifier;
        Integer failures = signatureFailures.get(failureKey);
        if (failures != null && failures >= maxFailuresPerMinute) {
            throw TimError.USERSIG_TOO_MANY_FAILURES.exception();
        }
        try {
            Instant validUntil = UserSig.parse(userSig).verify(app.sdkAppId(), identifier, app.secretKey(), now);
            long ttl = validUntil.getEpochSecond() - now.getEpochSecond();
            verifiedSignatures.put(cacheKey, validUntil.getEpochSecond(), Math.max(ttl, 1), TimeUnit.SECONDS);
        } catch (TimException e) {
            signatureFailures.merge(failureKey, 1, Integer::sum, 1, TimeUnit.MINUTES);
            throw e;
        }
    }

    private static long sdkAppId(String param) {
        if (param == null || param.isEmpty()) {
            throw TimError.MISSING_SDKAPPID.exception();
        }
        try {
            return Long.parseLong(param);
        } catch (NumberFormatException e) {
            throw TimError.SDKAPPID_NOT_FOUND.exception();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
