/** The mPaaS device actions: PushReport, PushBind, PushUnBind and PushQueryDeviceState, over the shared device registry. */
package io.herald.mpaas.device;
