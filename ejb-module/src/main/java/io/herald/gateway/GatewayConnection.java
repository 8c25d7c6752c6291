package io.herald.gateway;

/** One connected device, as the gateway sees it: something frames can be written to and that can be closed. */
public interface GatewayConnection {

    String id();

    /** What the device said it is when it connected (Android, iPhone, Web, ...), or "Unknown". */
    String platform();

    /** False once the connection is closing: nothing more is written to it. */
    boolean isOpen();

    /** Queues a frame for the device; false when the connection is no longer open. */
    boolean send(String frame);

    /**
     * Queues a message frame for the device, unless this session already has that delivery on its
     * way (a delivery dispatched while the session was opening can also be in its backlog).
     * @return false when the connection is no longer open
     */
    boolean deliver(long deliveryId, String frame);

    void close(int code, String reason);
}
