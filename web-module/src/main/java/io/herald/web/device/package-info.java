/**
 * The device API ({@code /device/v1}): what a mobile app calls for itself with its device key —
 * register, report its vendor token, bind and unbind its user, report opens and dismissals.
 * Refusals are {@code {"code","message"}} with an HTTP status ({@link io.herald.device.DeviceApiError}).
 */
package io.herald.web.device;
