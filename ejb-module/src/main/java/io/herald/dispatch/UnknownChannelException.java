package io.herald.dispatch;

import jakarta.ejb.ApplicationException;

/** A request named a channel that Herald has no queue for. */
@ApplicationException(rollback = true)
public class UnknownChannelException extends RuntimeException {

    public UnknownChannelException(String channel) {
        super("no channel named " + channel);
    }
}
