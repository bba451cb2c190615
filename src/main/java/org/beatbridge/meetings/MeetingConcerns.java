package org.beatbridge.meetings;

import java.time.Instant;
import java.util.List;

/**
 * Where the agenda's "new concerns since the last meeting" come from. The concerns module
 * implements it; until a bean exists the section says that no concerns were recorded
 * (decision 0505).
 */
public interface MeetingConcerns {

	/** Concerns raised on these beats in {@code [since, until)}, most supported first. */
	List<RaisedConcern> raisedBetween(List<String> beats, Instant since, Instant until);

}
