package io.herald.account;

import io.herald.audience.AudienceProfiles;
import io.herald.domain.account.Account;
import io.herald.domain.account.AccountRepository;
import io.herald.domain.app.App;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Importing and deleting an app's accounts (whether they exist is {@link KnownAccounts}'s).
 * Importing is idempotent: an existing account is updated.
 */
@Stateless
public class AccountDirectory {

    @Inject
    AccountRepository accounts;

    @Inject
    AudienceProfiles audiences;

    @Inject
    Clock clock;

    @Inject
    KnownAccounts known;

    public void importAccount(App app, AccountProfile profile) {
        Account account = accounts.find(app, profile.userId()).orElseGet(() -> {
            Account created = accounts.store(new Account(app, profile.userId(), clock.instant()));
            audiences.accountChanged(app, created);
            return created;
        });
        account.describe(profile.nick(), profile.faceUrl());
    }

    /** @return false when there was no such account */
    public boolean delete(App app, String userId) {
        return accounts.find(app, userId).map(account -> {
            audiences.accountChanged(app, account);
            accounts.delete(account);
            known.forgetWhenDeleted(app, userId);
            return true;
        }).orElse(false);
    }
}
