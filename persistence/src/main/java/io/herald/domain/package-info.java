/**
 * Herald's domain core: the one model that both API families (Tencent IM REST and mPaaS POP RPC)
 * translate into. Each aggregate lives in its own sub-package with its repository; protocol
 * vocabulary (UserSig, AccessKeyId, MsgKey formats, error codes) stays out of here.
 */
package io.herald.domain;
