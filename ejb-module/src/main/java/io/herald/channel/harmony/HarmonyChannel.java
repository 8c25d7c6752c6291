package io.herald.channel.harmony;

import static io.herald.platform.Jsonp.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.herald.channel.huawei.HuaweiChannel;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import io.herald.channel.vendor.AccessToken;
import io.herald.channel.vendor.CategorisedVendorChannel;
import io.herald.channel.vendor.CredentialRules;
import io.herald.channel.vendor.VendorChannel;
import io.herald.channel.vendor.VendorCredential;
import io.herald.channel.vendor.VendorPayloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HarmonyOS Push Kit, REST v3: {@code POST /v3/{projectId}/messages:send} with {@code push-type: 0}
 * (notification), authorised by a JWT that Herald signs (PS256) with the app's service-account key —
 * there is no token exchange. The result codes are Huawei Push Kit's.
 */
@ApplicationScoped
public class HarmonyChannel extends CategorisedVendorChannel<VendorChannel.TokenClient> {

    public static final String NAME = "harmony";
    static final String PUSH_URL = "https://push-api.cloud.huawei.com/";
    static final Duration JWT_LIFETIME = Duration.ofHours(1);

    /** Credentials: {@code serviceAccount}: the service-account key file's JSON (project_id, key_id, sub_account, private_key, token_uri); {@code baseUrl} optional. */
    public HarmonyChannel() {
        super(NAME, "serviceAccount");
    }

    @Override
    public void check(JsonObject credentials) {
        super.check(credentials);
        CredentialRules.require(serviceAccount(credentials.getString("serviceAccount")), "project_id", "key_id", "sub_account", "private_key", "token_uri");
        connect(new VendorCredential(0, NAME, 0, credentials));
    }

    @Override
    protected TokenClient connect(VendorCredential c) {
        JsonObject account = serviceAccount(c.get("serviceAccount"));
        PrivateKey key = privateKey(account.getString("private_key"));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(account.getString("key_id")).type(JOSEObjectType.JWT).build();
        AccessToken token = new AccessToken(() -> CompletableFuture.completedFuture(sign(header, key, account)), clock);
        return new TokenClient(baseUrl(c, PUSH_URL).resolve("v3/" + account.getString("project_id") + "/messages:send"), token);
    }

    private AccessToken.Grant sign(JWSHeader header, PrivateKey key, JsonObject account) {
        Instant now = clock.instant();
        Instant expires = now.plus(JWT_LIFETIME);
        SignedJWT jwt = new SignedJWT(header, new JWTClaimsSet.Builder()
                .issuer(account.getString("sub_account"))
                .audience(account.getString("token_uri"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the HarmonyOS push JWT", e);
        }
        return new AccessToken.Grant(jwt.serialize(), expires);
    }

    @Override
    protected CompletableFuture<DeliveryOutcome> send(TokenClient client, DeliveryRequest request) {
        String message = message(request, clock.instant());
        return withToken(client, token -> http.postJson(client.send(), Map.of("Authorization", "Bearer " + token, "push-type", "0"), message, timeout()),
                (token, reply) -> HuaweiChannel.outcome("HarmonyOS", client.token(), token, request, reply));
    }

    @Override
    public boolean recallsByReplacement() {
        return true;
    }

    static String message(DeliveryRequest request, Instant now) {
        Notification n = request.notification();
        JsonObjectBuilder notification = JSON.createObjectBuilder()
                .add("title", n.title())
                .add("body", n.body())
                .add("clickAction", VendorPayloads.isWebLink(n.clickUri())
                        ? JSON.createObjectBuilder().add("actionType", 1).add("uri", n.clickUri()) : JSON.createObjectBuilder().add("actionType", 0))
                .add("notifyId", VendorPayloads.notifyId(request));
        VendorPayloads.putIfPresent(notification, "category", n.android().categories().get(NAME));
        VendorPayloads.putIfPresent(notification, "image", n.android().image());
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("notification", notification);
        if (!n.data().isEmpty()) {
            payload.add("extraData", JSON.createObjectBuilder(Map.copyOf(n.data())).build().toString());
        }
        return JSON.createObjectBuilder()
                .add("payload", payload)
                .add("target", JSON.createObjectBuilder().add("token", JSON.createArrayBuilder().add(request.address())))
                .add("pushOptions", JSON.createObjectBuilder().add("ttl", VendorPayloads.secondsLeft(request, now)).add("biTag", String.valueOf(request.deliveryId())))
                .build().toString();
    }

    private static JsonObject serviceAccount(String json) {
        try {
            return JSON.createReader(new StringReader(json)).readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("serviceAccount is not the JSON of a service-account key");
        }
    }

    private static PrivateKey privateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("private_key is not a PKCS#8 RSA key in PEM", e);
        }
    }
}
