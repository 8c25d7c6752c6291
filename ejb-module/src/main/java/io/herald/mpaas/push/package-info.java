/** The mPaaS push actions to explicit targets: PushSimple and PushTemplate. */
package io.herald.mpaas.push;
