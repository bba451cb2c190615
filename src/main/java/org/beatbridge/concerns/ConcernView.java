package org.beatbridge.concerns;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beatbridge.geography.BlockLevel;

/**
 * A concern as anybody may see it: block-level location only, the moderated description,
 * never the reporter.
 *
 * @param blockAddress the block ({@code "018XX W FARGO AVE"}), or {@code null} when
 * unknown
 * @param point the point snapped to a block-sized grid
 * @param attributes the answers to the category's questions
 * @param updates the status timeline, oldest first (the report itself first)
 * @param mediaUrl the link to a photo an Open311 client sent, once staff published it;
 * otherwise {@code null}
 */
public record ConcernView(ConcernId id, String category, ConcernStatus status, String description, String blockAddress,
		BlockLevel.Point point, String beat, String district, Instant requestedAt, Instant updatedAt, int supportCount,
		boolean hasPhoto, Map<String, String> attributes, List<ConcernUpdate> updates, String mediaUrl) {

	public ConcernView {
		attributes = Map.copyOf(attributes);
		updates = List.copyOf(updates);
	}

	public ConcernView(ConcernId id, String category, ConcernStatus status, String description, String blockAddress,
			BlockLevel.Point point, String beat, String district, Instant requestedAt, Instant updatedAt,
			int supportCount, boolean hasPhoto, Map<String, String> attributes, List<ConcernUpdate> updates) {
		this(id, category, status, description, blockAddress, point, beat, district, requestedAt, updatedAt,
				supportCount, hasPhoto, attributes, updates, null);
	}

	/**
	 * The last update text staff wrote, or {@code null}.
	 */
	public String latestPublicUpdate() {
		for (int i = this.updates.size() - 1; i >= 0; i--) {
			if (this.updates.get(i).publicUpdate() != null) {
				return this.updates.get(i).publicUpdate();
			}
		}
		return null;
	}

}
