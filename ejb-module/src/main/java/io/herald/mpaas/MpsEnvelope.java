package io.herald.mpaas;

/** The two shapes of a successful or refused mPaaS action answer (mpaas-spec §0). */
public enum MpsEnvelope {
    /** Push, revoke and device-binding actions: ResultCode, ResultMessage and PushResult{Success, ResultMsg, Data}. */
    PUSH_RESULT,
    /** Template and device-state actions: Success, Code ("100" when it worked), Message, Data. */
    CODE
}
