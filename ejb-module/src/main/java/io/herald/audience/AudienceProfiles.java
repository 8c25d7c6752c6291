package io.herald.audience;

import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and changes the tags and attribute values of an app's accounts, keeping the audience index
 * in step: each change drops the bitmaps it touches, now and again once it has committed (so that
 * no bitmap rebuilt in between outlives the change). Accounts that do not exist are skipped and
 * reported by the callers.
 */
@Stateless
public class AudienceProfiles {

    @Inject
    AccountRepository accounts;

    @Inject
    AppRepository apps;

    @Inject
    AudienceIndex index;

    @Inject
    Event<AudienceChanged> changes;

    /** The existing accounts among those named, by UserID. */
    public Map<String, Account> existing(App app, Collection<String> userIds) {
        return accounts.findAll(app, userIds).stream().collect(Collectors.toMap(Account::userId, Function.identity()));
    }

    /** The app's attribute names by slot. */
    public Map<Integer, String> attributeNames(App app) {
        return Map.copyOf(apps.find(app.id()).orElseThrow().attributeNames());
    }

    /** Names attribute slots; refused (IllegalArgumentException) when a name would be in two slots. */
    public void nameAttributes(App app, Map<Integer, String> names) {
        apps.find(app.id()).orElseThrow().nameAttributes(names);
    }

    /** Sets attribute values (by attribute name, which the app must have named). */
    public void setAttributes(App app, Map<String, Map<String, String>> valuesByUser) {
        Map<String, Set<String>> touched = new HashMap<>();
        existing(app, valuesByUser.keySet()).forEach((userId, account) -> valuesByUser.get(userId).forEach((name, value) -> {
            String old = account.attributes().get(name);
            if (old != null) {
                touched.computeIfAbsent(name, n -> new HashSet<>()).add(old);
            }
            touched.computeIfAbsent(name, n -> new HashSet<>()).add(value);
            account.setAttribute(name, value);
        }));
        changed(app, false, Set.of(), touched);
    }

    public void removeAttributes(App app, Map<String, Set<String>> namesByUser) {
        Map<String, Set<String>> touched = new HashMap<>();
        existing(app, namesByUser.keySet()).forEach((userId, account) -> namesByUser.get(userId).forEach(name -> {
            String old = account.attributes().get(name);
            if (old != null) {
                touched.computeIfAbsent(name, n -> new HashSet<>()).add(old);
                account.removeAttribute(name);
            }
        }));
        changed(app, false, Set.of(), touched);
    }

    /**
     * Adds tags. Every account is checked first: if one would hold more than {@link Account#MAX_TAGS},
     * nothing is added and the UserIDs over the limit are returned.
     */
    public List<String> addTags(App app, Map<String, Set<String>> tagsByUser) {
        Map<String, Account> found = existing(app, tagsByUser.keySet());
        List<String> overLimit = found.entrySet().stream()
                .filter(e -> union(e.getValue().tags(), tagsByUser.get(e.getKey())).size() > Account.MAX_TAGS)
                .map(Map.Entry::getKey).toList();
        if (!overLimit.isEmpty()) {
            return overLimit;
        }
        found.forEach((userId, account) -> account.tag(tagsByUser.get(userId)));
        changed(app, false, tagsByUser.values().stream().flatMap(Set::stream).collect(Collectors.toSet()), Map.of());
        return List.of();
    }

    public void removeTags(App app, Map<String, Set<String>> tagsByUser) {
        existing(app, tagsByUser.keySet()).forEach((userId, account) -> account.untag(tagsByUser.get(userId)));
        changed(app, false, tagsByUser.values().stream().flatMap(Set::stream).collect(Collectors.toSet()), Map.of());
    }

    public void removeAllTags(App app, Collection<String> userIds) {
        Set<String> touched = new HashSet<>();
        existing(app, userIds).values().forEach(account -> {
            touched.addAll(account.tags());
            account.untagAll();
        });
        changed(app, false, touched, Map.of());
    }

    /** An account was imported or deleted: the everyone bitmap and those of its tags and attributes change. */
    public void accountChanged(App app, Account account) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        account.attributes().forEach((name, value) -> values.put(name, Set.of(value)));
        changed(app, true, account.tags(), values);
    }

    private void changed(App app, boolean accountsChanged, Set<String> tags, Map<String, Set<String>> attributeValues) {
        AudienceChanged change = new AudienceChanged(app.id(), accountsChanged, Set.copyOf(tags), Map.copyOf(attributeValues));
        index.forget(change);
        changes.fire(change);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
