/** The mPaaS statistics actions, counted from Delivery outcomes. */
package io.herald.mpaas.analysis;
