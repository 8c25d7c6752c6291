/**
 * Scheduled and recurring pushes: {@link io.herald.scheduling.PushScheduler} keeps each schedule and
 * its firings, one persistent EJB timer per schedule (in the database timer store, so it survives
 * restarts and fires on one node of a cluster) wakes {@link io.herald.scheduling.ScheduleTimers} at
 * the next firing, and the family that stored the request carries it out through a
 * {@link io.herald.scheduling.ScheduledPushRunner}, exactly as it carries out an immediate push.
 */
package io.herald.scheduling;
