/**
 * Accounts, roles, sign-in, API tokens and the security baseline of the whole
 * application.
 */
package org.beatbridge.identity;
