/**
 * The device gateway's WebSocket endpoint ({@code /gateway/v1}): authenticates a device, registers
 * its session, drains its offline store and takes its acknowledgements. Protocol:
 * {@code docs/gateway-protocol.md}.
 */
package io.herald.web.gateway;
