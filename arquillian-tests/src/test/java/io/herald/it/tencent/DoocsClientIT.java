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
import io.github.doocs.im.model.message.TIMMsgElement;
import io.github.doocs.im.model.message.TIMTextMsgElement;
import io.github.doocs.im.model.request.AccountImportRequest;
import io.github.doocs.im.model.request.AdminGetRoamMsgRequest;
import io.github.doocs.im.model.request.AdminMsgWithdrawRequest;
import io.github.doocs.im.model.request.BatchSendMsgRequest;
import io.github.doocs.im.model.request.SendMsgRequest;
import io.github.doocs.im.model.request.MultiAccountImportRequest;
import io.github.doocs.im.model.response.AccountCheckResultItem;
import io.herald.it.support.Herald;
import java.time.Instant;
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

    @Test
    void sendsBatchSendsReadsHistoryAndWithdraws() throws Exception {
        String alice = "doocs-a-" + UUID.randomUUID().toString().substring(0, 8);
        String bob = "doocs-b-" + UUID.randomUUID().toString().substring(0, 8);
        client.account.multiAccountImport(new MultiAccountImportRequest(List.of(alice, bob)));
        List<TIMMsgElement> body = List.of(new TIMTextMsgElement("hello from doocs"));
        int before = (int) Instant.now().getEpochSecond() - 1;

        SendMsgRequest single = new SendMsgRequest(bob, 1234567L, body);
        single.setFromAccount(alice);
        var sent = client.message.sendMsg(single);
        assertEquals("OK", sent.getActionStatus());
        assertEquals(true, sent.getMsgKey().endsWith("_1234567_" + sent.getMsgTime()));

        var batch = client.message.batchSendMsg(new BatchSendMsgRequest(List.of(alice, bob, "doocs-nobody"), 7654321L, body));
        assertEquals("SomeError", batch.getActionStatus());
        assertEquals("doocs-nobody", batch.getErrorList().get(0).getToAccount());
        assertEquals(70107, batch.getErrorList().get(0).getErrorCode());

        var history = client.message.getRoamMsg(new AdminGetRoamMsgRequest(bob, alice, 10, before, (int) Instant.now().getEpochSecond() + 1));
        assertEquals(1, history.getComplete());
        assertEquals(1, history.getMsgCnt());
        assertEquals(sent.getMsgKey(), history.getMsgList().get(0).getMsgKey());
        assertEquals(alice, history.getMsgList().get(0).getFromAccount());

        var withdrawn = client.message.msgWithdraw(new AdminMsgWithdrawRequest(alice, bob, sent.getMsgKey()));
        assertEquals(0, withdrawn.getErrorCode());
        var again = client.message.msgWithdraw(new AdminMsgWithdrawRequest(alice, bob, sent.getMsgKey()));
        assertEquals(20023, again.getErrorCode());
    }
}
