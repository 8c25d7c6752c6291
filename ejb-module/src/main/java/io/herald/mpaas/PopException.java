package io.herald.mpaas;

/** A POP request refused at the protocol level: an HTTP 4xx/5xx with RequestId, HostId, Code, Message. */
public class PopException extends MpaasRefusal {

    private final transient PopError error;

    public PopException(PopError error, String message) {
        super(message);
        this.error = error;
    }

    public PopError error() {
        return error;
    }
}
