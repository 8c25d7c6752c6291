/**
 * All-member push in the Tencent family: {@code all_member_push/im_push} (also at the older
 * {@code openim/im_push}), the public-beta {@code openim/push}, and the push report
 * {@code im_get_push_report}, over {@link io.herald.push.AudiencePush}.
 */
package io.herald.tencent.push;
