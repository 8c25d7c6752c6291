package io.herald.account;

/** An account as an import names it; a null nick or face URL leaves the stored one as it is. */
public record AccountProfile(String userId, String nick, String faceUrl) {
}
