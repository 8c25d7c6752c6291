package io.herald.app;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random credentials in the shapes the two families' clients expect, and Herald's own device credentials. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Secrets() {
    }

    /** A Tencent-style secret key: 64 hex characters, as the IM console issues them. */
    static String secretKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** An Alibaba-style AccessKeyId: "LTAI" and 20 alphanumerics. */
    static String accessKeyId() {
        return "LTAI" + alphanumeric(20);
    }

    /** An Alibaba-style AccessKeySecret: 30 alphanumerics. */
    static String accessKeySecret() {
        return alphanumeric(30);
    }

    /** The key an app embeds in its mobile builds to register devices: "hdk_" and 32 alphanumerics. */
    static String deviceKey() {
        return "hdk_" + alphanumeric(32);
    }

    /** A deliveryToken Herald issues: 32 lowercase hex characters, like the cloud's. */
    public static String deliveryToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A device's own secret: 40 alphanumerics, shown to the device once. */
    public static String deviceSecret() {
        return alphanumeric(40);
    }

    private static String alphanumeric(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(chars);
    }
}
