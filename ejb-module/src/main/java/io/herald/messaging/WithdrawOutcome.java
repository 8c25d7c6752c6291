package io.herald.messaging;

public enum WithdrawOutcome {
    WITHDRAWN, NOT_FOUND, ALREADY_WITHDRAWN
}
