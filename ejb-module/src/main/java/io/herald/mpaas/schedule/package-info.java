/**
 * The mPaaS scheduling actions and rules: {@code StrategyType}/{@code StrategyContent} on the push
 * actions ({@link io.herald.mpaas.schedule.MpsStrategy}), QueryPushSchedulerList,
 * CancelPushScheduler, and the runner that carries out a stored push request when its time comes.
 */
package io.herald.mpaas.schedule;
