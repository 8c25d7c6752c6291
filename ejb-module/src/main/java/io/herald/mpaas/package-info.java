/**
 * The Alibaba mPaaS push family's rules: POP RPC parameters, versions and actions, and the mapping
 * of every protocol failure onto POP's error codes and HTTP statuses. The JAX-RS edge only renders
 * what this package decides.
 */
package io.herald.mpaas;
