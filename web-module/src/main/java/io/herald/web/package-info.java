/**
 * Herald's HTTP edge. One package per API family ({@code tencent}: {@code /v4/...};
 * {@code mpaas}: POP RPC at {@code /}) and one for the admin API; each family renders its own error
 * envelope from one exception mapper. Resources stay thin: parse, call one service, render.
 */
package io.herald.web;
