package io.herald.tencent.callback;

import static io.herald.platform.Jsonp.JSON;

import io.herald.app.AppRegistry;
import io.herald.domain.app.App;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Delivers after-send callbacks. The app's current callback settings are read when the callback
 * leaves, so that a changed URL or token applies to what is still queued. A reply other than HTTP
 * 200 is thrown back to the broker, which retries with backoff and dead-letters after the attempts
 * set for {@code herald.callbacks}; a message whose app no longer wants callbacks is dropped.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "herald.callbacks"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class AfterSendCallbackDispatcher implements MessageListener {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    AppRegistry apps;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        try (JsonReader reader = JSON.createReader(new StringReader(((TextMessage) message).getText()))) {
            JsonObject event = reader.readObject();
            App app = apps.bySdkAppId(event.getJsonNumber("sdkAppId").longValue()).orElse(null);
            if (app == null || app.callbacks().isEmpty()) {
                return;
            }
            HttpResponse<Void> response = HTTP.send(CallbackRequests.post(app.callbacks().get(), app.sdkAppId(), C2cCallbacks.AFTER_SEND,
                    event.getString("clientIp"), event.getJsonObject("body").toString(), clock.instant()), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("after-send callback of app " + app.sdkAppId() + " answered HTTP " + response.statusCode());
            }
        } catch (JMSException | IOException e) {
            throw new IllegalStateException("after-send callback not delivered", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted delivering an after-send callback", e);
        }
    }
}
