/**
 * The device gateway's domain side: the directory of connected sessions on this node, the
 * {@code gateway} delivery channel that writes to them, and the offline store a device drains when
 * it (re)connects. The WebSocket endpoint itself is in the web module; the frames are described in
 * {@code docs/gateway-protocol.md}.
 */
package io.herald.gateway;
