/**
 * Concerns' storage and rules: validation, the photo cleaner, tracking tokens, queries.
 */
package org.beatbridge.concerns.domain;
