package io.herald.account;

import io.herald.audience.AudienceProfiles;
import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;

/** Importing, checking and deleting an app's accounts. Importing is idempotent: an existing account is updated. */
@Stateless
public class AccountDirectory {

    @Inject
    AccountRepository accounts;

    @Inject
    AudienceProfiles audiences;

    @Inject
    Clock clock;

    public void importAccount(App app, AccountProfile profile) {
        Account account = accounts.find(app, profile.userId()).orElseGet(() -> {
            Account created = accounts.store(new Account(app, profile.userId(), clock.instant()));
            audiences.accountChanged(app, created);
            return created;
        });
        account.describe(profile.nick(), profile.faceUrl());
    }

    /** The UserIDs among those given that are imported in the app. */
    public Set<String> existing(App app, Collection<String> userIds) {
        return accounts.existing(app, userIds);
    }

    /** @return false when there was no such account */
    public boolean delete(App app, String userId) {
        return accounts.find(app, userId).map(account -> {
            audiences.accountChanged(app, account);
            accounts.delete(account);
            return true;
        }).orElse(false);
    }
}
