package io.herald.audience;

import java.util.Map;
import java.util.Set;

/**
 * Who a push goes to. No condition at all is every account. Tags and attributes are never
 * combined; an And and an Or of the same kind together mean both must hold.
 *
 * @param tagsAnd  every one of these tags
 * @param tagsOr   at least one of these tags
 * @param attrsAnd every one of these attribute values (by attribute name)
 * @param attrsOr  at least one of these attribute values
 */
public record AudienceCondition(Set<String> tagsAnd, Set<String> tagsOr, Map<String, String> attrsAnd, Map<String, String> attrsOr) {

    public static final AudienceCondition EVERYONE = new AudienceCondition(Set.of(), Set.of(), Map.of(), Map.of());

    public AudienceCondition {
        tagsAnd = Set.copyOf(tagsAnd);
        tagsOr = Set.copyOf(tagsOr);
        attrsAnd = Map.copyOf(attrsAnd);
        attrsOr = Map.copyOf(attrsOr);
        if ((!tagsAnd.isEmpty() || !tagsOr.isEmpty()) && (!attrsAnd.isEmpty() || !attrsOr.isEmpty())) {
            throw new IllegalArgumentException("tags and attributes cannot be combined");
        }
    }

    public boolean isEveryone() {
        return tagsAnd.isEmpty() && tagsOr.isEmpty() && attrsAnd.isEmpty() && attrsOr.isEmpty();
    }
}
