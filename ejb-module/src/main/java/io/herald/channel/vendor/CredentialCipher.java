package io.herald.channel.vendor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals channel credentials with AES-256-GCM. The key is {@code herald.credentials.key} (32 bytes,
 * base64) — what a cluster must set, the same on every node. Without it a single node makes its
 * own key once, in its data directory, so that the embedded defaults work out of the box.
 */
@ApplicationScoped
public class CredentialCipher {

    private static final Logger LOG = Logger.getLogger(CredentialCipher.class.getName());
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String FORMAT = "v1:";

    @Inject
    @ConfigProperty(name = "herald.credentials.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir", defaultValue = ".")
    String dataDir;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @PostConstruct
    void loadKey() {
        byte[] bytes = Base64.getDecoder().decode(configuredKey.orElseGet(this::localKey).trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("herald.credentials.key must be 32 bytes, base64-encoded");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws IllegalStateException when the text was sealed under another key or altered */
    public String open(String sealedText) {
        if (!sealedText.startsWith(FORMAT)) {
            throw new IllegalStateException("unknown sealed credential format");
        }
        byte[] all = Base64.getDecoder().decode(sealedText.substring(FORMAT.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the credentials cannot be opened with this installation's herald.credentials.key", e);
        }
    }

    private String localKey() {
        Path file = Path.of(dataDir, "herald", "credentials.key");
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Files.createDirectories(file.getParent());
                try {
                    Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                            Base64.getEncoder().encodeToString(fresh));
                    LOG.warning("herald.credentials.key is not set: channel credentials are sealed with a key made for this node in " + file
                            + "; set herald.credentials.key (the same on every node) before running a cluster");
                } catch (FileAlreadyExistsException raced) {
                    LOG.fine("another thread made the local credential key first");
                }
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local credential key " + file, e);
        }
    }
}
