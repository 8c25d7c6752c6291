package io.herald.it.tencent;

import static io.herald.it.support.Herald.BOOTSTRAP_ADMIN;
import static io.herald.it.support.Herald.BOOTSTRAP_SDKAPPID;
import static io.herald.it.support.Herald.BOOTSTRAP_SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doocs.im.ImClient;
import io.github.doocs.im.model.request.AccountCheckItem;
import io.github.doocs.im.model.request.AccountCheckRequest;
import io.github.doocs.im.model.request.AccountDeleteItem;
import io.github.doocs.im.model.request.AccountDeleteRequest;
import io.github.doocs.im.model.request.AccountImportRequest;
import io.github.doocs.im.model.request.MultiAccountImportRequest;
import io.github.doocs.im.model.response.AccountCheckResultItem;
import io.herald.it.support.Herald;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real Tencent IM server SDK (doocs im-server-sdk-java 0.3.43) pointed at Herald by changing only
 * its domain. It speaks HTTPS only; the test JVM trusts the test server's certificate (pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoocsClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    private final ImClient client = ImClient.getInstance(BOOTSTRAP_SDKAPPID, BOOTSTRAP_ADMIN, BOOTSTRAP_SECRET_KEY, "localhost:8443");

    @Test
    void importsChecksAndDeletesAccounts() throws Exception {
        String alice = "doocs-" + UUID.randomUUID().toString().substring(0, 8);
        String bob = alice + "-b";

        var imported = client.account.accountImport(new AccountImportRequest(alice, "Alice", "http://example.com/a.png"));
        assertEquals("OK", imported.getActionStatus());
        assertEquals(0, imported.getErrorCode());

        var multi = client.account.multiAccountImport(new MultiAccountImportRequest(List.of(bob, "z".repeat(40))));
        assertEquals(List.of("z".repeat(40)), multi.getFailAccounts());

        var deleted = client.account.accountDelete(new AccountDeleteRequest(List.of(new AccountDeleteItem(bob))));
        assertEquals(0, deleted.getResultItems().get(0).getResultCode());

        var checked = client.account.accountCheck(new AccountCheckRequest(List.of(new AccountCheckItem(alice), new AccountCheckItem(bob))));
        Map<String, String> statuses = checked.getResultItems().stream()
                .collect(Collectors.toMap(AccountCheckResultItem::getUserId, AccountCheckResultItem::getAccountStatus));
        assertEquals(Map.of(alice, "Imported", bob, "NotImported"), statuses);
    }
}
