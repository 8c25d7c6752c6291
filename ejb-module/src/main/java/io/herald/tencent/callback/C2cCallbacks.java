package io.herald.tencent.callback;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.domain.app.CallbackSettings;
import io.herald.platform.BrokerQueues;
import io.herald.tencent.TimError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls the app's backend about one-to-one messages. The before-send callback is synchronous and
 * bounded by the app's timeout; the after-send callback is a JMS message, sent with the caller's
 * transaction, that {@link AfterSendCallbackDispatcher} delivers and the broker retries.
 */
@ApplicationScoped
public class C2cCallbacks {

    static final String BEFORE_SEND = "C2C.CallbackBeforeSendMsg";
    static final String AFTER_SEND = "C2C.CallbackAfterSendMsg";
    static final int ALLOW = 0;
    static final int DENY = 1;
    static final int DROP = 2;
    static final String AFTER_SEND_QUEUE = "herald.callbacks";

    private static final Logger LOG = Logger.getLogger(C2cCallbacks.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    Clock clock;

    @Inject
    JMSContext jms;

    @Inject
    BrokerQueues queues;

    public BeforeSendVerdict beforeSend(App app, CallbackSettings settings, String clientIp, JsonObject message) {
        JsonObject body = JSON.createObjectBuilder(message).add("CallbackCommand", BEFORE_SEND).build();
        try {
            HttpResponse<String> response = http.send(
                    CallbackRequests.post(settings, app.sdkAppId(), BEFORE_SEND, clientIp, body.toString(), clock.instant()),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new BeforeSendVerdict.Unanswered("HTTP " + response.statusCode());
            }
            return verdict(response.body());
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "before-send callback of app " + app.sdkAppId() + " failed", e);
            return new BeforeSendVerdict.Unanswered(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BeforeSendVerdict.Unanswered("interrupted");
        }
    }

    /** Queues the after-send callback; it leaves only if the caller's transaction commits. */
    public void afterSend(App app, String clientIp, JsonObject message) {
        JsonObject event = JSON.createObjectBuilder()
                .add("sdkAppId", app.sdkAppId())
                .add("clientIp", clientIp == null ? "" : clientIp)
                .add("body", JSON.createObjectBuilder(message).add("CallbackCommand", AFTER_SEND))
                .build();
        jms.createProducer().send(queues.named(AFTER_SEND_QUEUE), event.toString());
    }

    private static BeforeSendVerdict verdict(String text) {
        JsonObject reply;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            reply = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return new BeforeSendVerdict.Unanswered("unparsable reply");
        }
        if (!(reply.get("ErrorCode") instanceof JsonNumber code)) {
            return new BeforeSendVerdict.Unanswered("reply without ErrorCode");
        }
        int errorCode = code.intValue();
        if (errorCode == ALLOW) {
            JsonArray body = reply.get("MsgBody") instanceof JsonArray replaced ? replaced : null;
            String customData = reply.get("CloudCustomData") instanceof JsonString data ? data.getString() : null;
            return new BeforeSendVerdict.Allow(body, customData);
        }
        if (errorCode == DROP) {
            return new BeforeSendVerdict.Drop();
        }
        if (TimError.isAppDefined(errorCode)) {
            return new BeforeSendVerdict.Refuse(errorCode, reply.getString("ErrorInfo", ""));
        }
        return new BeforeSendVerdict.Refuse(TimError.CALLBACK_DENIED.code(), TimError.CALLBACK_DENIED.info());
    }
}
