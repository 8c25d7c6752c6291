package io.herald.it.support;

import io.herald.domain.app.App;
import io.herald.domain.app.AppRepository;
import io.herald.domain.delivery.Delivery;
import io.herald.domain.delivery.DeliveryRepository;
import io.herald.domain.message.Message;
import io.herald.domain.message.MessageRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.naming.InitialContext;

/** In-container test data: a message of the bootstrap app and its deliveries, committed. */
@Dependent
public class TestDeliveries {

    @Inject
    AppRepository apps;

    @Inject
    MessageRepository messages;

    @Inject
    DeliveryRepository deliveries;

    /** @param sameTransaction runs with the new delivery ids before the commit (to enqueue them, say) */
    public List<Long> create(Duration lifetime, String channel, List<String> targets, Consumer<List<Long>> sameTransaction) throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        try {
            App app = apps.findBySdkAppId(Herald.BOOTSTRAP_SDKAPPID).orElseThrow();
            Message message = messages.store(new Message(app, UUID.randomUUID().toString(), "administrator",
                    "[{\"type\":\"text\",\"text\":\"hello\"}]", lifetime, Instant.now()));
            List<Long> ids = new ArrayList<>();
            for (String target : targets) {
                ids.add(deliveries.store(Delivery.toAccount(message, null, channel, target, Instant.now())).id());
            }
            sameTransaction.accept(ids);
            tx.commit();
            return ids;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    public Delivery find(long id) {
        return deliveries.find(id).orElseThrow();
    }
}
