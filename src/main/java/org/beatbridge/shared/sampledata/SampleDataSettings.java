package org.beatbridge.shared.sampledata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a fresh installation loads the real Chicago sample shipped in
 * {@code src/main/resources/sample} (see its README).
 *
 * @param loadWhenEmpty load a module's sample on start when that module's tables are
 * empty
 */
@ConfigurationProperties("beatbridge.sample-data")
public record SampleDataSettings(@DefaultValue("true") boolean loadWhenEmpty) {

}
