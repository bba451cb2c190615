package org.beatbridge.problems.domain;

/**
 * Who carries out a response action. A city service action needs its 311 service request
 * number so residents can follow it up.
 */
public enum OwnerType {

	OFFICER, RESIDENT, PARTNER, CITY_SERVICE

}
