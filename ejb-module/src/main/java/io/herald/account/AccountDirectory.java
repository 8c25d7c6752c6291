package io.herald.account;

import io.herald.audience.AudienceProfiles;
import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import io.herald.platform.Transactions;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Importing, checking and deleting an app's accounts. Importing is idempotent: an existing account
 * is updated.
 * <p>
 * Every message asks whether its recipient (and a sender it names) exist, so accounts found are remembered in the
 * {@code known-accounts} cache. Deleting an account leaves a marker there for a minute once its
 * transaction ends: a check that read the account just before the delete committed cannot put it
 * back, and until the marker expires the database answers.
 */
@Stateless
public class AccountDirectory {

    private static final long DELETED_MARKER_MINUTES = 1;

    @Inject
    AccountRepository accounts;

    @Inject
    AudienceProfiles audiences;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/infinispan/cache/herald/known-accounts")
    Cache<String, Boolean> knownAccounts;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    Transactions transactions;

    public void importAccount(App app, AccountProfile profile) {
        Account account = accounts.find(app, profile.userId()).orElseGet(() -> {
            Account created = accounts.store(new Account(app, profile.userId(), clock.instant()));
            audiences.accountChanged(app, created);
            return created;
        });
        account.describe(profile.nick(), profile.faceUrl());
    }

    /**
     * The UserIDs among those given that are imported in the app. Outside a transaction those known
     * from the cache cost no transaction at all; what the database finds is remembered only when it
     * was committed (read in a transaction of its own).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> existing(App app, Collection<String> userIds) {
        Set<String> known = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String userId : new LinkedHashSet<>(userIds)) {
            (Boolean.TRUE.equals(knownAccounts.get(cacheKey(app, userId))) ? known : unknown).add(userId);
        }
        if (!unknown.isEmpty()) {
            boolean committedOnReturn = registry.getTransactionKey() == null;
            Set<String> found = transactions.required(() -> accounts.existing(app, unknown));
            if (committedOnReturn) {
                found.forEach(userId -> knownAccounts.putIfAbsent(cacheKey(app, userId), Boolean.TRUE));
            }
            known.addAll(found);
        }
        return known;
    }

    /** @return false when there was no such account */
    public boolean delete(App app, String userId) {
        return accounts.find(app, userId).map(account -> {
            audiences.accountChanged(app, account);
            accounts.delete(account);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    knownAccounts.put(cacheKey(app, userId), Boolean.FALSE, DELETED_MARKER_MINUTES, TimeUnit.MINUTES);
                }
            });
            return true;
        }).orElse(false);
    }

    private static String cacheKey(App app, String userId) {
        return app.id() + "|" + userId;
    }
}
