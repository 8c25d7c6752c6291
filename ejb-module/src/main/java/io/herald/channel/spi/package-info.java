/**
 * The channel SPI: one small interface that every delivery channel (the gateway, each vendor, SMS)
 * implements, selected by name. Outcomes follow Pushy's split: accepted, rejected for good, or
 * failed for now and worth retrying.
 */
package io.herald.channel.spi;
