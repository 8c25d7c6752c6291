package io.herald.channel.spi;

import java.util.List;

/**
 * A way to reach devices. Implementations are CDI beans that hold their long-lived clients; each is
 * fed by its own JMS queue ({@code herald.channel.<name>}) through a {@code ChannelDispatcher}.
 */
public interface DeliveryChannel {

    /** The channel's name, which is also the suffix of its queue. */
    String name();

    /** Sends a batch and says, for each request, what became of it. Never throws for one bad target. */
    List<DeliveryOutcome> deliver(List<DeliveryRequest> batch);

    /**
     * Whether a notification this channel sends for a delivery is replaced on the device by a later
     * one for the same delivery (same APNs collapse id, FCM tag, Android notify id) — how a revoked
     * push is taken off a device that already shows it: the channel is handed the delivery again as
     * a {@link DeliveryRequest#recall() recall}. Channels whose vendor offers neither that nor a
     * recall call say no, and keep what they sent.
     */
    default boolean recallsByReplacement() {
        return false;
    }

    /**
     * Whether this channel answers {@link DeliveryOutcome.Written}: a delivery it has handed over may
     * then still be recorded as queued for a moment, and taking it back must tell the device too.
     */
    default boolean recordsHandOverLater() {
        return false;
    }

    /** Whether this channel can send with its current configuration; an enabled channel that cannot fails readiness. */
    ChannelReadiness readiness();
}
