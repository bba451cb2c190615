package org.beatbridge.crime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on crime imports (docs/decisions/0408-crime-upload-size-limit.md).
 *
 * @param maxUploadSize the largest export the API and the admin page accept; the city's
 * yearly export is about 60 MB
 */
@ConfigurationProperties("beatbridge.crime.imports")
public record CrimeImportSettings(@DefaultValue("512MB") DataSize maxUploadSize) {

}
