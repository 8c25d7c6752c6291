/**
 * The app registry: creating tenants, issuing and rotating their credentials, and the bootstrap app
 * that a fresh installation starts with. Secrets leave this package only when they are created.
 */
package io.herald.app;
