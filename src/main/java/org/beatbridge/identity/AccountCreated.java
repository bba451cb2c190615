package org.beatbridge.identity;

import java.util.Set;

/**
 * An account was created (sign-up, the command line or the first start).
 */
public record AccountCreated(long accountId, String username, Set<Role> roles) {

}
