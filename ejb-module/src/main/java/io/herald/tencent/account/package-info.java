/**
 * The {@code im_open_login_svc} commands: account_import, multiaccount_import, account_delete and
 * account_check, in both the current and the older request shapes that clients still send.
 */
package io.herald.tencent.account;
