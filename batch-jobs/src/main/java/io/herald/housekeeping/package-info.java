/**
 * Housekeeping batch jobs. Each is a checkpointed Jakarta Batch job whose history lives in the
 * database job repository, so that an operator can see and restart it from the WildFly console.
 */
package io.herald.housekeeping;
