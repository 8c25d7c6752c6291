package io.herald.channel.sms;

/** One SMS: the delivery it belongs to, the number, and the sign name, template and parameters the provider fills in. */
public record SmsText(long deliveryId, long appId, String msgKey, String phoneNumber, String signName, String templateCode, String templateParam) {
}
