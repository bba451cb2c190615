/**
 * Rate limits shared by every node (token buckets in PostgreSQL) keyed by hashes that
 * never reveal a client's address.
 */
package org.beatbridge.shared.ratelimit;
