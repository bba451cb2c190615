package org.beatbridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.beatbridge.geography.BoundaryImport;
import org.beatbridge.geography.BoundarySummary;
import org.beatbridge.geography.InvalidBoundaries;
import org.beatbridge.shared.database.DatabaseSettings;

/**
 * Replaces the city's districts, sectors, beats and community areas with the GeoJSON
 * files of a folder, all or nothing. Running servers pick the new boundaries up by
 * themselves.
 */
@CliCommand.Command(name = "import-boundaries", usage = "[DIR]  (default: <data-dir>/boundaries)",
		summary = "Replace the boundaries with police_beats, police_districts and community_areas .geojson files.")
class ImportBoundariesCommand implements CliCommand {

	private final BoundaryImport boundaries;

	private final DatabaseSettings settings;

	ImportBoundariesCommand(BoundaryImport boundaries, DatabaseSettings settings) {
		this.boundaries = boundaries;
		this.settings = settings;
	}

	@Override
	public String run(CliArguments arguments, CliConsole console) {
		arguments.allow(Set.of(), 1);
		Path folder = arguments.positional(0).map(Path::of).orElse(this.settings.dataDir().resolve("boundaries"));
		if (!Files.isDirectory(folder)) {
			throw CliFailure.because("Folder not found: " + folder.toAbsolutePath().normalize() + ".");
		}
		try {
			BoundarySummary summary = this.boundaries.replaceWith(folder);
			return "Imported " + summary.districts() + " districts, " + summary.sectors() + " sectors, "
					+ summary.beats() + " beats and " + summary.communityAreas() + " community areas from "
					+ folder.toAbsolutePath().normalize() + ".";
		}
		catch (InvalidBoundaries ex) {
			throw CliFailure.because(ex.getMessage() + " Nothing was changed.");
		}
	}

}
