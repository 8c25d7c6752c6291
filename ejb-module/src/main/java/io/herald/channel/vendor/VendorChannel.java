package io.herald.channel.vendor;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.herald.channel.spi.ChannelReadiness;
import io.herald.channel.spi.DeliveryChannel;
import io.herald.channel.spi.DeliveryOutcome;
import io.herald.channel.spi.DeliveryRequest;
import io.herald.channel.spi.Notification;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * What every vendor channel does the same way: the app's credentials (read on every batch, so new
 * ones take effect at once) and the client built from them, kept until their version changes; the
 * daily cap on marketing messages; the circuit breaker; and flow control — at most
 * {@code herald.channel.<name>.max-in-flight} sends wait for the vendor at a time, each for at most
 * {@code herald.channel.<name>.timeout-ms}. A subclass builds its client and sends one delivery.
 *
 * @param <C> the client of one app's credentials
 */
public abstract class VendorChannel<C> implements DeliveryChannel, CredentialRules {

    static final int DEFAULT_TIMEOUT_MS = 10_000;
    static final int DEFAULT_MAX_IN_FLIGHT = 64;

    @Inject
    VendorCredentials credentials;

    @Inject
    protected VendorHttp http;

    @Inject
    ChannelBreakers breakers;

    @Inject
    MarketingCaps caps;

    @Inject
    protected Config config;

    @Inject
    protected Clock clock;

    /** What a batch sends an app's deliveries with: the client of its credentials, or why there is none. */
    private sealed interface Connection<C> {
    }

    private record Connected<C>(int version, C client, CircuitBreaker breaker) implements Connection<C> {
    }

    private record Refusal<C>(String reason) implements Connection<C> {
    }

    private final Map<Long, Connected<C>> clients = new ConcurrentHashMap<>();
    private final String name;
    private final String[] requiredCredentials;

    /** @param requiredCredentials the credential fields every app must give (as non-empty strings) */
    protected VendorChannel(String name, String... requiredCredentials) {
        this.name = name;
        this.requiredCredentials = requiredCredentials.clone();
    }

    @Override
    public String name() {
        return name;
    }

    /** The required fields; a channel that can check more (a key that must parse) adds to this. */
    @Override
    public void check(JsonObject credentials) {
        CredentialRules.require(credentials, requiredCredentials);
    }

    /** The client of a vendor that sends with a short-lived token: where to send, and the token. */
    public record TokenClient(URI send, AccessToken token) {
    }

    /**
     * Sends with the client's current token and reads the answer knowing which token it was sent
     * with, so that a refusal of that token can replace it.
     */
    protected static CompletableFuture<DeliveryOutcome> withToken(TokenClient client, Function<String, CompletableFuture<VendorReply>> call,
                                                                  BiFunction<String, VendorReply, DeliveryOutcome> answer) {
        return client.token().get().thenCompose(token -> call.apply(token).thenApply(reply -> answer.apply(token, reply)));
    }

    /** A client for one app's credentials. @throws IllegalArgumentException when they cannot be used */
    protected abstract C connect(VendorCredential credential);

    /** Sends one delivery; the future never fails for a reason the vendor gave (that is an outcome). */
    protected abstract CompletableFuture<DeliveryOutcome> send(C client, DeliveryRequest request);

    /** Lets go of a client whose credentials were replaced. */
    protected void disconnect(C client) {
    }

    /**
     * When the vendor counts this notification against its per-device daily cap on marketing
     * messages, the vendor's cap ({@code herald.channel.<name>.marketing-daily-cap} overrides it).
     */
    protected OptionalInt marketingDailyCap(Notification notification) {
        return OptionalInt.empty();
    }

    @Override
    public List<DeliveryOutcome> deliver(List<DeliveryRequest> batch) {
        Semaphore window = new Semaphore(setting("max-in-flight", DEFAULT_MAX_IN_FLIGHT));
        long givenUpAfterMillis = timeout().toMillis() + 1_000;
        Map<Long, Connection<C>> connections = new HashMap<>();
        List<CompletableFuture<DeliveryOutcome>> outcomes = new ArrayList<>(batch.size());
        for (DeliveryRequest request : batch) {
            outcomes.add(start(request, connections.computeIfAbsent(request.appId(), this::connection), window, givenUpAfterMillis));
        }
        return outcomes.stream().map(CompletableFuture::join).toList();
    }

    @Override
    public ChannelReadiness readiness() {
        return ChannelReadiness.fine();
    }

    /** @param givenUpAfterMillis how long the send may take, past the client's own timeout, before it counts as failed */
    private CompletableFuture<DeliveryOutcome> start(DeliveryRequest request, Connection<C> connection, Semaphore window, long givenUpAfterMillis) {
        if (connection instanceof Refusal<C> refusal) {
            return CompletableFuture.completedFuture(new DeliveryOutcome.Rejected(request.deliveryId(), refusal.reason()));
        }
        Connected<C> connected = (Connected<C>) connection;
        CircuitBreaker breaker = connected.breaker();
        Notification notification = request.notification();
        if (notification == null) {
            return CompletableFuture.completedFuture(new DeliveryOutcome.Rejected(request.deliveryId(), "the message carries nothing a vendor channel can show"));
        }
        OptionalInt cap = marketingDailyCap(notification);
        if (request.attempt() == 1 && !request.recall() && cap.isPresent() && !caps.admit(name(), request.address(), cap.getAsInt())) {
            return CompletableFuture.completedFuture(new DeliveryOutcome.Rejected(request.deliveryId(),
                    "the device has had its daily quota of marketing messages on " + name()));
        }
        if (!breaker.tryAcquirePermission()) {
            return CompletableFuture.completedFuture(new DeliveryOutcome.Failed(request.deliveryId(),
                    name() + " is not being called for now: its circuit breaker is open"));
        }
        window.acquireUninterruptibly();
        long started = System.nanoTime();
        CompletableFuture<DeliveryOutcome> sent;
        try {
            sent = send(connected.client(), request);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.orTimeout(givenUpAfterMillis, TimeUnit.MILLISECONDS)
                .exceptionally(e -> new DeliveryOutcome.Failed(request.deliveryId(), describe(e)))
                .whenComplete((outcome, ignored) -> {
                    window.release();
                    long took = System.nanoTime() - started;
                    if (outcome instanceof DeliveryOutcome.Failed failed) {
                        breaker.onError(took, TimeUnit.NANOSECONDS, new VendorTrouble(failed.reason()));
                    } else {
                        breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                    }
                });
    }

    private Connection<C> connection(long appId) {
        return credentials.current(appId, name()).<Connection<C>>map(credential -> {
            try {
                return clients.compute(appId, (id, old) -> {
                    if (old != null && old.version() == credential.version()) {
                        return old;
                    }
                    Connected<C> fresh = new Connected<>(credential.version(), connect(credential),
                            breakers.of(name(), credential.optional("baseUrl").or(() -> credential.optional("host")).orElse("vendor")));
                    if (old != null) {
                        disconnect(old.client());
                    }
                    return fresh;
                });
            } catch (RuntimeException e) {
                return new Refusal<>("the app's " + name() + " credentials cannot be used: " + e.getMessage());
            }
        }).orElseGet(() -> {
            Connected<C> removed = clients.remove(appId);
            if (removed != null) {
                disconnect(removed.client());
            }
            return new Refusal<>("the app has no " + name() + " credentials");
        });
    }

    /** The time one send may take. */
    protected Duration timeout() {
        return Duration.ofMillis(setting("timeout-ms", DEFAULT_TIMEOUT_MS));
    }

    /** The vendor's base URL: the credential's {@code baseUrl}, else {@code herald.channel.<name>.base-url}, else the vendor's own. */
    protected URI baseUrl(VendorCredential credential, String vendorDefault) {
        String base = credential.optional("baseUrl")
                .or(() -> config.getOptionalValue("herald.channel." + name() + ".base-url", String.class))
                .orElse(vendorDefault);
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** The vendor's OAuth token endpoint: the credential's {@code tokenUrl}, else {@code herald.channel.<name>.token-url}, else the vendor's own. */
    protected URI tokenUrl(VendorCredential credential, String vendorDefault) {
        return URI.create(credential.optional("tokenUrl")
                .or(() -> config.getOptionalValue("herald.channel." + name() + ".token-url", String.class))
                .orElse(vendorDefault));
    }

    protected int setting(String name, int fallback) {
        return config.getOptionalValue("herald.channel." + name() + "." + name, Integer.class)
                .or(() -> config.getOptionalValue("herald.channel." + name, Integer.class))
                .orElse(fallback);
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof TimeoutException || cause instanceof HttpTimeoutException
                ? "the vendor did not answer in time" : String.valueOf(cause);
    }

    /** What the circuit breaker records for a send that failed on the vendor's side. */
    static final class VendorTrouble extends RuntimeException {
        VendorTrouble(String reason) {
            super(reason, null, false, false);
        }
    }
}
