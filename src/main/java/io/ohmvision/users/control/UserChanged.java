package io.ohmvision.users.control;

import io.ohmvision.cluster.control.ClusterEvent;

/**
 * A user's password or role changed, or the user was deleted (fired inside the transaction; observe after it
 * commits). Every cluster member hears of it: caches of verified credentials and roles forget the user, open
 * WebSockets of the user close.
 *
 * @param signedOut the password changed or the user is gone: sessions signed in with the old password end
 */
public record UserChanged(String username, boolean signedOut) implements ClusterEvent {
}
