package io.herald.domain.push;

/** What kind of push a task is, as the API families name them. */
public enum PushKind {
    /** One message to a few explicit targets (mPaaS PushSimple). */
    SIMPLE,
    /** A template's message to a few explicit targets (mPaaS PushTemplate). */
    TEMPLATE,
    /** A template personalised per target (mPaaS PushMultiple). */
    MULTIPLE,
    /** Every device of a platform (mPaaS PushBroadcast). */
    BROADCAST,
    /** Every account, or those with given tags or attributes (Tencent im_push). */
    AUDIENCE
}
