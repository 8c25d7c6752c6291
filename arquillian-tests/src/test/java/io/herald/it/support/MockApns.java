package io.herald.it.support;

import com.eatthepath.pushy.apns.auth.ApnsSigningKey;
import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import com.eatthepath.pushy.apns.server.MockApnsServer;
import com.eatthepath.pushy.apns.server.MockApnsServerBuilder;
import com.eatthepath.pushy.apns.server.MockApnsServerListener;
import com.eatthepath.pushy.apns.server.PushNotificationHandlerFactory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Pushy's MockApnsServer on a local port with a certificate made for the test (keytool, SAN
 * 127.0.0.1), and the p8 signing key an app's APNs credentials carry.
 */
public final class MockApns implements AutoCloseable {

    public static final String TEAM = "TEAM123456";
    public static final String KEY_ID = "KEY1234567";
    public static final String ALIAS = "apns";
    public static final String PASSWORD = "changeit";

    private final KeyPair signing;
    private final X509Certificate certificate;
    private final MockApnsServer server;
    private final int port;

    private MockApns(KeyPair signing, X509Certificate certificate, MockApnsServer server, int port) {
        this.signing = signing;
        this.certificate = certificate;
        this.server = server;
        this.port = port;
    }

    /** The key pair APNs would know the team's key by, made before the server so that its handler can verify tokens. */
    public static KeyPair signingKey() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        return ec.generateKeyPair();
    }

    public static ApnsVerificationKey verificationKey(KeyPair signing) throws Exception {
        return new ApnsVerificationKey(KEY_ID, TEAM, (ECPublicKey) signing.getPublic());
    }

    public static MockApns start(KeyPair signing, PushNotificationHandlerFactory handlers, MockApnsServerListener listener) throws Exception {
        return start(signing, handlers, listener, null);
    }

    /** A server that also demands a TLS client certificate, and trusts this one (certificate-based authentication). */
    public static MockApns start(KeyPair signing, PushNotificationHandlerFactory handlers, MockApnsServerListener listener,
                                 X509Certificate trustedClient) throws Exception {
        KeyStore keys = keyStore("EC", "CN=localhost", "SAN=ip:127.0.0.1,dns:localhost");
        X509Certificate certificate = (X509Certificate) keys.getCertificate(ALIAS);
        MockApnsServerBuilder builder = new MockApnsServerBuilder()
                .setServerCredentials(new X509Certificate[] {certificate}, (PrivateKey) keys.getKey(ALIAS, PASSWORD.toCharArray()), null)
                .setHandlerFactory(handlers);
        if (trustedClient != null) {
            builder.setTrustedClientCertificateChain(new ByteArrayInputStream(pemOf(trustedClient).getBytes(StandardCharsets.US_ASCII)));
        }
        if (listener != null) {
            builder.setListener(listener);
        }
        MockApnsServer server = builder.build();
        return new MockApns(signing, certificate, server, server.start(0).get());
    }

    /**
     * A PKCS12 store (password {@value #PASSWORD}) with one self-signed key pair made by keytool under
     * {@value #ALIAS}: a server certificate, or an APNs client certificate (RSA, UID = the topic).
     */
    public static KeyStore keyStore(String algorithm, String subject, String extension) throws Exception {
        Path store = Files.createTempDirectory("mock-apns").resolve("keys.p12");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", ALIAS, "-keyalg", algorithm, "-dname", subject, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (extension != null) {
            command.addAll(List.of("-ext", extension));
        }
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }

    /** The store's bytes, as an app's {@code certificate} credential carries them (base64). */
    public static String p12(KeyStore keys) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        keys.store(bytes, PASSWORD.toCharArray());
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    public int port() {
        return port;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public ApnsSigningKey apnsSigningKey() throws Exception {
        return new ApnsSigningKey(KEY_ID, TEAM, (ECPrivateKey) signing.getPrivate());
    }

    /** An app's APNs credentials for this server (token authentication, sandbox). */
    public JsonObject credentials(String topic) {
        return Json.createObjectBuilder().add("topic", topic).add("environment", "sandbox").add("keyId", KEY_ID).add("teamId", TEAM)
                .add("signingKey", pem("PRIVATE KEY", signing.getPrivate().getEncoded())).add("host", "127.0.0.1").add("port", String.valueOf(port))
                .add("trustedCertificate", pemOf(certificate)).build();
    }

    /** An app's APNs credentials for this server with a client certificate instead of a signing key. */
    public JsonObject certificateCredentials(String topic, KeyStore client) throws Exception {
        return Json.createObjectBuilder().add("topic", topic).add("environment", "sandbox").add("certificate", p12(client))
                .add("certificatePassword", PASSWORD).add("host", "127.0.0.1").add("port", String.valueOf(port))
                .add("trustedCertificate", pemOf(certificate)).build();
    }

    private static String pemOf(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get();
    }
}
