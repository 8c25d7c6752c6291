package io.herald.mpaas;

/**
 * An mPaaS action refused with a business result code. It rolls back whatever the action did, and
 * is answered with HTTP 200 in the action's envelope, which {@link PopActions} fills in.
 */
public class MpsException extends MpaasRefusal {

    private final transient MpsError error;
    private final MpsEnvelope envelope;

    MpsException(MpsError error, String detail, MpsEnvelope envelope) {
        super(detail);
        this.error = error;
        this.envelope = envelope;
    }

    public MpsError error() {
        return error;
    }

    /** Null until the action's envelope is known. */
    public MpsEnvelope envelope() {
        return envelope;
    }

    MpsException in(MpsEnvelope actionEnvelope) {
        return new MpsException(error, getMessage(), actionEnvelope);
    }
}
