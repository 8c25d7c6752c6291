/**
 * What every part of Herald stands on: the schema migrations that run before anything reads, the
 * clock, and the readiness checks that say when Herald may take traffic.
 */
package io.herald.platform;
