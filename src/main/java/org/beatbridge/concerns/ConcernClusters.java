package org.beatbridge.concerns;

import java.util.List;

/**
 * Finds problems residents keep raising: open concerns of one category, each reported
 * within the similar-concern radius of another in the group and within the
 * similar-concern window (the same rule that offers "is this your problem?" to a
 * resident).
 */
public interface ConcernClusters {

	/**
	 * Clusters of at least {@code minimumSize} open concerns in the given beats (or, when
	 * empty, the district; when both are empty, the city), largest first. Concerns merged
	 * into another are left out (the surviving one counts).
	 * @param minimumSize at least 2
	 */
	List<ConcernCluster> openClusters(List<String> beats, String district, int minimumSize);

}
