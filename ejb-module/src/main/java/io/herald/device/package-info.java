/**
 * The device registry shared by the mPaaS family (PushReport, PushBind, PushUnBind,
 * PushQueryDeviceState) and the gateway: devices known by their deliveryToken, their platform and
 * vendor tokens, and the users they are bound to, with the history of bindings.
 */
package io.herald.device;
