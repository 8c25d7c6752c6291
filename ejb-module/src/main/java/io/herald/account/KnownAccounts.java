package io.herald.account;

import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import io.herald.platform.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Whether accounts exist. Every message asks about its recipient (and a sender it names), so
 * accounts found are remembered in the {@code known-accounts} cache. A deleted account leaves a
 * marker there for a minute once its transaction ends: a check that read the account just before the
 * delete committed cannot put it back, and until the marker expires the database answers.
 * <p>
 * A plain bean rather than a session bean: it needs no transaction of its own (it joins the
 * caller's, or takes one from {@link Transactions} for what the cache does not know), and a session
 * bean's proxy, interceptors and pool cost twice the lookup itself on every sendmsg.
 */
@ApplicationScoped
public class KnownAccounts {

    private static final long DELETED_MARKER_MINUTES = 1;

    @Inject
    AccountRepository accounts;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/known-accounts")
    Cache<String, Boolean> cache;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    Transactions transactions;

    /**
     * The UserIDs among those given that are imported in the app. Outside a transaction those known
     * from the cache cost no transaction at all; what the database finds is remembered only when it
     * was committed (read in a transaction of its own).
     */
    public Set<String> existing(App app, Collection<String> userIds) {
        Set<String> known = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String userId : new LinkedHashSet<>(userIds)) {
            (Boolean.TRUE.equals(cache.get(cacheKey(app, userId))) ? known : unknown).add(userId);
        }
        if (!unknown.isEmpty()) {
            boolean committedOnReturn = registry.getTransactionKey() == null;
            Set<String> found = transactions.required(() -> accounts.existing(app, unknown));
            if (committedOnReturn) {
                found.forEach(userId -> cache.putIfAbsent(cacheKey(app, userId), Boolean.TRUE));
            }
            known.addAll(found);
        }
        return known;
    }

    /** Leaves the deleted-account marker once the caller's transaction, which deletes the account, has ended. */
    void forgetWhenDeleted(App app, String userId) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.put(cacheKey(app, userId), Boolean.FALSE, DELETED_MARKER_MINUTES, TimeUnit.MINUTES);
            }
        });
    }

    private static String cacheKey(App app, String userId) {
        return app.id() + "|" + userId;
    }
}
