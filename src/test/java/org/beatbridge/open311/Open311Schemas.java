package org.beatbridge.open311;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open311 community's GeoReport v2 JSON schemas, from
 * {@code ../shared/open311-schema} beside the checkout (or where
 * {@code BEATBRIDGE_OPEN311_SCHEMA} points).
 */
final class Open311Schemas {

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

	private Open311Schemas() {
	}

	static Path folder() {
		List<Path> folders = new ArrayList<>();
		String variable = System.getenv("BEATBRIDGE_OPEN311_SCHEMA");
		if (variable != null) {
			folders.add(Path.of(variable));
		}
		folders.add(Path.of("../shared/open311-schema"));
		folders.add(Path.of("/work/shared/open311-schema"));
		return folders.stream()
			.filter((folder) -> Files.isReadable(folder.resolve("services.json")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The Open311 schemas are not in ../shared/open311-schema"));
	}

	/**
	 * Asserts that {@code json} is valid against a schema ({@code "requests.json"}).
	 */
	static void assertValid(String schema, String json) {
		JsonSchema validator = FACTORY
			.getSchema(SchemaLocation.of(folder().resolve(schema).toAbsolutePath().normalize().toUri().toString()));
		Set<ValidationMessage> errors = validator.validate(json, InputFormat.JSON);
		assertThat(errors).as("%s against %s", json, schema).isEmpty();
	}

}
