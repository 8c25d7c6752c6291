/**
 * The Tencent Cloud IM REST family's rules: UserSig verification, the admin check, and the mapping of
 * every failure onto the family's ErrorCode/ErrorInfo pairs. The JAX-RS edge only renders what this
 * package decides.
 */
package io.herald.tencent;
