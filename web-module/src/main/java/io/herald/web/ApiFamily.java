package io.herald.web;

/** Which protocol a request speaks, decided by its path; errors are rendered in that protocol's envelope. */
public enum ApiFamily {
    TENCENT, MPAAS, ADMIN, DEVICE;

    public static ApiFamily of(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.equals("v4") || p.startsWith("v4/")) {
            return TENCENT;
        }
        if (p.equals("admin") || p.startsWith("admin/")) {
            return ADMIN;
        }
        if (p.equals("device") || p.startsWith("device/")) {
            return DEVICE;
        }
        return MPAAS;
    }

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
