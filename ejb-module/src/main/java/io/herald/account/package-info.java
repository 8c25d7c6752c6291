/**
 * The account directory: the users of an app, as imported by the Tencent family and addressed by
 * messages, tags and attributes. Family-neutral; the Tencent handlers translate into it.
 */
package io.herald.account;
