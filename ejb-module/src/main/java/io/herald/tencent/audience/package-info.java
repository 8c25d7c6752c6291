/**
 * The all-member push family's attribute and tag commands ({@code all_member_push/im_*}, also
 * answered at their older {@code openim/im_*} paths), over {@link io.herald.audience.AudienceProfiles}.
 */
package io.herald.tencent.audience;
