package org.beatbridge.concerns;

/**
 * Where a concern was reported.
 */
public enum ConcernSource {

	/** BeatBridge's own report form. */
	WEB,

	/** An Open311 GeoReport v2 client. */
	OPEN311

}
