/**
 * The {@code openim} message commands: sendmsg, batchsendmsg, admin_getroammsg and
 * admin_msgwithdraw. They validate each field with the code Tencent gives it and translate into
 * {@link io.herald.messaging.DirectMessaging}.
 */
package io.herald.tencent.message;
