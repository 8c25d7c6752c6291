/**
 * Tencent's third-party callbacks for one-to-one messages: {@code C2C.CallbackBeforeSendMsg}, asked
 * synchronously before a message is accepted, and {@code C2C.CallbackAfterSendMsg}, told
 * asynchronously afterwards through the {@code herald.callbacks} queue, retried with backoff.
 */
package io.herald.tencent.callback;
