package org.beatbridge.geography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// Same context as the API tests (one database for both); each test leaves Chicago in place.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class BoundaryImportTests {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	@Autowired
	BoundaryImport boundaryImport;

	@Autowired
	Beats beats;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void loadsChicagoOnFirstStart() {
		assertThat(this.beats.all()).hasSize(275);
		assertThat(this.beats.all().get(0).beat()).isEqualTo("0111");
		assertThat(count("geo_district")).isEqualTo(23);
		assertThat(count("geo_sector")).isEqualTo(68);
		assertThat(count("geo_community_area")).isEqualTo(77);
	}

	@Test
	void findsABeatWrittenWithOrWithoutItsLeadingZero() {
		assertThat(this.beats.find("0825")).get().extracting(BeatDetails::district).isEqualTo("8");
		assertThat(this.beats.find("825")).get().extracting(BeatDetails::beat).isEqualTo("0825");
		assertThat(this.beats.find("9999")).isEmpty();
		assertThat(this.beats.find("beat")).isEmpty();
		assertThat(this.beats.find(null)).isEmpty();
	}

	@Test
	void replacesTheBoundariesAndTheLocatorFollows() throws IOException {
		copyChicago();
		Path beatsFile = this.folder.resolve("police_beats.geojson");
		ObjectNode city = (ObjectNode) JSON.readTree(beatsFile.toFile());
		ArrayNode district17 = JSON.createArrayNode();
		city.get("features").forEach((feature) -> {
			if (feature.at("/properties/DISTRICT").asString().equals("17")) {
				district17.add(feature);
			}
		});
		city.set("features", district17);
		JSON.writeValue(beatsFile.toFile(), city);
		long before = version();
		try {
			BoundarySummary summary = this.boundaryImport.replaceWith(this.folder);
			assertThat(summary.beats()).isEqualTo(9);
			assertThat(version()).isEqualTo(before + 1);
			assertThat(this.beats.all()).extracting(BeatDetails::district).containsOnly("17");
			assertThat(this.beats.locate(41.967412455, -87.704773815)).get()
				.extracting(BeatLocation::beat)
				.isEqualTo("1713");
			// The Loop is now outside the (much smaller) city.
			assertThat(this.beats.locate(41.8819, -87.6278)).isEmpty();
		}
		finally {
			copyChicago();
			this.boundaryImport.replaceWith(this.folder);
		}
		assertThat(this.beats.all()).hasSize(275);
		assertThat(this.beats.locate(41.8819, -87.6278)).isPresent();
	}

	@Test
	void rejectsAMissingFileAndChangesNothing() throws IOException {
		copyChicago();
		Files.delete(this.folder.resolve("police_districts.geojson"));
		expectRejected("police_districts.geojson: file not found");
	}

	@Test
	void rejectsAFileThatIsNotJson() throws IOException {
		copyChicago();
		Files.writeString(this.folder.resolve("police_beats.geojson"), "{\"type\": \"FeatureCollection\", \"featu");
		expectRejected("police_beats.geojson: not valid JSON");
	}

	@Test
	void rejectsAFileWithoutFeatures() throws IOException {
		copyChicago();
		Files.writeString(this.folder.resolve("community_areas.geojson"),
				"{\"type\": \"FeatureCollection\", \"features\": []}");
		expectRejected("community_areas.geojson: contains no features");
	}

	@Test
	void rejectsAFeatureWithoutItsNumber() throws IOException {
		copyChicago();
		replaceInFile("police_beats.geojson", "\"BEAT_NUM\": \"1713\"", "\"BEAT_NUMBER\": \"1713\"");
		expectRejected("police_beats.geojson: feature 0 has no property \"BEAT_NUM\"");
	}

	@Test
	void rejectsAGeometryThatIsNotAPolygon() throws IOException {
		copyChicago();
		Files.writeString(this.folder.resolve("police_districts.geojson"), """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"DIST_NUM": "17", "DIST_LABEL": "17TH"},
				 "geometry": {"type": "Point", "coordinates": [-87.7, 41.9]}}]}""");
		expectRejected("police_districts.geojson: feature 0 has geometry type Point");
	}

	@Test
	void rejectsABeatOfADistrictTheFileLacks() throws IOException {
		copyChicago();
		replaceInFile("police_districts.geojson", "\"DIST_NUM\": \"17\"", "\"DIST_NUM\": \"71\"");
		expectRejected("beat 1713 names district 17");
	}

	private void expectRejected(String message) {
		long before = version();
		assertThatExceptionOfType(InvalidBoundaries.class)
			.isThrownBy(() -> this.boundaryImport.replaceWith(this.folder))
			.withMessageContaining(message);
		assertThat(version()).isEqualTo(before);
		assertThat(this.beats.all()).hasSize(275);
	}

	private void copyChicago() throws IOException {
		for (String file : new String[] { "police_beats.geojson", "police_districts.geojson",
				"community_areas.geojson" }) {
			Files.copy(new ClassPathResource("geo/chicago/" + file).getInputStream(), this.folder.resolve(file),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void replaceInFile(String file, String text, String replacement) throws IOException {
		Path path = this.folder.resolve(file);
		String content = Files.readString(path);
		assertThat(content).contains(text);
		Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(text), replacement));
	}

	private long version() {
		return this.jdbc.sql("SELECT version FROM geo_boundary_version").query(Long.class).single();
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

}
