package io.herald.push;

/** A push to a selected audience was accepted; once it commits, its fan-out starts. */
public record AudiencePushAccepted(long taskRowId) {
}
