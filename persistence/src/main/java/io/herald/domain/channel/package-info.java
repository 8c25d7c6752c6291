/** Per-app credentials of the vendor channels and the SMS provider, stored sealed. */
package io.herald.domain.channel;
