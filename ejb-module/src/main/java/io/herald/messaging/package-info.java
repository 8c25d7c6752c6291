/**
 * One-to-one messaging, family-neutral: sending (with repeat suppression), withdrawal, and the
 * conversation history each side sees. Messages leave through the gateway channel's queue.
 */
package io.herald.messaging;
