package org.beatbridge.shared.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.identity.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link our stylesheets, scripts and icon by content-hashed URLs that browsers may
 * cache for a year, and the webjars by version; page links are left alone (decision
 * 0004).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class StaticResourcesTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|images|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void everyAssetOfABeatPageIsServedAndOursAreHashedAndCachedForAYear() {
		HttpResponse<String> page = new Browser(this.port).get("/beats/1713");
		List<String> assets = ASSET.matcher(page.body()).results().map((match) -> match.group(1)).toList();
		assertThat(assets).anyMatch((asset) -> asset.matches("/css/beatbridge-[0-9a-f]{32}\\.css"))
			.anyMatch((asset) -> asset.matches("/images/icon-[0-9a-f]{32}\\.svg"))
			.anyMatch((asset) -> asset.startsWith("/webjars/leaflet/"));
		for (String asset : assets) {
			HttpResponse<String> response = new Browser(this.port).get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			if (!asset.startsWith("/webjars/")) {
				assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(asset)
					.contains("max-age=31536000");
			}
		}
	}

	@Test
	void pageLinksAreNotRewrittenAndUnknownFilesAreNotFound() {
		String home = new Browser(this.port).get("/").body();
		Matcher beatsLink = Pattern.compile("href=\"(/beats)\"").matcher(home);
		assertThat(beatsLink.find()).isTrue();
		assertThat(new Browser(this.port).get("/css/nothing-here.css").statusCode()).isEqualTo(404);
		assertThat(new Browser(this.port).get("/application.properties").statusCode()).isEqualTo(404);
	}

}
