package io.herald.web.admin;

/** The body of {@code PUT /admin/v1/apps/{id}/retention}. */
public record RetentionSettings(Integer days) {
}
