package io.herald.audience;

import java.util.Map;
import java.util.Set;

/** Tags, attribute values or the accounts of an app changed; the index drops what it touched once the change commits. */
public record AudienceChanged(long appId, boolean accounts, Set<String> tags, Map<String, Set<String>> attributeValues) {
}
