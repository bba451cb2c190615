/**
 * The Open311 GeoReport v2 endpoints (JSON and XML) and the administrators' API key page
 * and API.
 */
package org.beatbridge.open311.web;
