/**
 * Open311 API keys and their submission limits, in PostgreSQL.
 */
package org.beatbridge.open311.domain;
