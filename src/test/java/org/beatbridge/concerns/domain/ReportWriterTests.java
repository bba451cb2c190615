package org.beatbridge.concerns.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.beatbridge.concerns.ConcernReceipt;
import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.NewConcern;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports that arrive together are written by one statement (decision 0765): each with
 * its own transition, reporter and media link, and the nearest similar concerns within
 * the radius of each; a report that fails in a batch fails alone.
 */
@SpringBootTest
class ReportWriterTests {

	// In Ashburn (district 8), away from the places other tests count concerns in
	static final double LATITUDE = 41.7500;

	static final double LONGITUDE = -87.7000;

	@Autowired
	ReportWriter writer;

	@Autowired
	Concerns concerns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsWrittenTogetherEachGetTheirOwnConcernTransitionReporterAndMediaLink() {
		ReportWriter.Pending anonymous = new ReportWriter.Pending(report("graffiti", "Tagged wall one.", true, null));
		ReportWriter.Pending named = new ReportWriter.Pending(report("graffiti", "Tagged wall two.", false, null));
		ReportWriter.Pending withMedia = new ReportWriter.Pending(
				report("graffiti", "Tagged wall three.", true, "https://photos.example.org/wall.jpg"));
		this.writer.writeTogether(List.of(anonymous, named, withMedia));
		long first = anonymous.written().id();
		long second = named.written().id();
		long third = withMedia.written().id();
		assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
		assertThat(description(first)).isEqualTo("Tagged wall one.");
		assertThat(description(second)).isEqualTo("Tagged wall two.");
		assertThat(description(third)).isEqualTo("Tagged wall three.");
		assertThat(
				this.jdbc.sql("select actor_role from concern_transitions where concern_id = ? and to_status = 'OPEN'")
					.param(second)
					.query(String.class)
					.single())
			.isEqualTo("REPORTER");
		assertThat(
				this.jdbc.sql("select actor_role from concern_transitions where concern_id = ? and to_status = 'OPEN'")
					.param(first)
					.query(String.class)
					.single())
			.isEqualTo("ANONYMOUS");
		assertThat(count("concern_reporters", first)).isZero();
		assertThat(this.jdbc.sql("select contact_email from concern_reporters where concern_id = ?")
			.param(second)
			.query(String.class)
			.single()).isEqualTo("neighbor@example.org");
		assertThat(count("concern_media_links", third)).isOne();
		assertThat(count("concern_media_links", first)).isZero();
	}

	@Test
	void eachReportOfABatchFindsTheOpenConcernsNearItButNotTheOthersOfTheBatch() {
		long before = this.concerns
			.report(NewConcern.anonymousAt("loitering", "People gathered all night.", LATITUDE, LONGITUDE))
			.id()
			.value();
		ReportWriter.Pending near = new ReportWriter.Pending(report("loitering", "Same group.", true, null));
		ReportWriter.Pending alsoNear = new ReportWriter.Pending(report("loitering", "That group.", true, null));
		this.writer.writeTogether(List.of(near, alsoNear));
		assertThat(near.written().nearby()).extracting(ReportWriter.Nearby::id)
			.contains(before)
			.doesNotContain(alsoNear.written().id());
		assertThat(alsoNear.written().nearby()).extracting(ReportWriter.Nearby::id)
			.contains(before)
			.doesNotContain(near.written().id());
	}

	@Test
	void aReportReadsBackOnlyTheNearestSimilarConcernsWithinTheRadius() {
		// north of the report in steps of about 22 m, and one in the box around the
		// radius but 300 m away (its corner)
		double latitude = 41.7450;
		double longitude = -87.7100;
		List<Long> steps = new ArrayList<>();
		for (int step = 1; step <= 6; step++) {
			steps.add(
					this.concerns
						.report(NewConcern.anonymousAt("gambling", "Dice game, step " + step + ".",
								latitude + 0.0002 * step, longitude))
						.id()
						.value());
		}
		long corner = this.concerns
			.report(NewConcern.anonymousAt("gambling", "Dice game at the corner.", latitude + 0.0020,
					longitude + 0.0025))
			.id()
			.value();
		ReportWriter.Pending report = new ReportWriter.Pending(
				report("gambling", "Dice games again.", true, null, latitude, longitude));
		this.writer.writeTogether(List.of(report));
		assertThat(report.written().nearby()).extracting(ReportWriter.Nearby::id)
			.containsExactlyInAnyOrderElementsOf(steps.subList(0, 5))
			.doesNotContain(steps.get(5), corner);
	}

	@Test
	void aMediaLinkChangesTheListOfItsConcernsBeatWhenItIsWrittenWithTheReportOrLater() {
		long before = listVersion("0834");
		ReportWriter.Pending withLink = new ReportWriter.Pending(
				report("graffiti", "Tags on the garage, photo linked.", true, "https://example.org/garage.jpg"));
		ReportWriter.Pending withoutLink = new ReportWriter.Pending(
				report("graffiti", "Tags on the fence.", true, null));
		this.writer.writeTogether(List.of(withLink, withoutLink));
		// the concerns of the statement, then the link
		assertThat(listVersion("0834")).isEqualTo(before + 2);

		this.jdbc.sql("insert into concern_media_links (concern_id, url) values (?, 'https://example.org/fence.jpg')")
			.param(withoutLink.written().id())
			.update();
		assertThat(listVersion("0834")).isEqualTo(before + 3);
	}

	@Test
	void aReportThatFailsInABatchFailsAloneAndLeavesNothingBehind() {
		ReportWriter.Pending good = new ReportWriter.Pending(report("graffiti", "Good report one.", true, null));
		ReportWriter.Pending unknownCategory = new ReportWriter.Pending(
				report("no_such_category", "Refused by the database.", false, null));
		ReportWriter.Pending alsoGood = new ReportWriter.Pending(report("graffiti", "Good report two.", true, null));
		this.writer.writeTogether(List.of(good, unknownCategory, alsoGood));
		assertThat(description(good.written().id())).isEqualTo("Good report one.");
		assertThat(description(alsoGood.written().id())).isEqualTo("Good report two.");
		assertThatThrownBy(unknownCategory::written).isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.sql("select count(*) from concerns where description = 'Refused by the database.'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void manyResidentsReportingAtOnceAllGetTheirConcernStored() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Future<ConcernReceipt>> sent = new ArrayList<>();
		try {
			for (int each = 0; each < 80; each++) {
				String description = "Street light out, report " + each + ".";
				sent.add(threads.submit(() -> this.concerns
					.report(NewConcern.anonymousAt("trespassing", description, LATITUDE, LONGITUDE))));
			}
			Set<Long> ids = new HashSet<>();
			for (Future<ConcernReceipt> receipt : sent) {
				ids.add(receipt.get().id().value());
			}
			assertThat(ids).hasSize(80);
			assertThat(this.jdbc.sql("""
					select count(*) from concerns c join concern_transitions t on t.concern_id = c.id
					where c.id = any(?::bigint[]) and t.to_status = 'OPEN'""")
				.param(ids.toArray(Long[]::new))
				.query(Long.class)
				.single()).isEqualTo(80);
		}
		finally {
			threads.shutdown();
		}
	}

	private ReportWriter.Report report(String category, String description, boolean anonymous, String mediaUrl) {
		return report(category, description, anonymous, mediaUrl, LATITUDE, LONGITUDE);
	}

	private ReportWriter.Report report(String category, String description, boolean anonymous, String mediaUrl,
			double latitude, double longitude) {
		Instant now = Instant.now();
		double dLat = 0.005;
		double dLon = 0.006;
		return new ReportWriter.Report(category, description, latitude, longitude, "079XX S PULASKI RD", latitude,
				longitude, "0834", "8", ConcernSource.OPEN311, "en", "{}", anonymous,
				TrackingTokens.hash(TrackingTokens.next()), now, null, anonymous ? null : "A neighbor",
				anonymous ? null : "neighbor@example.org", null, null, mediaUrl,
				JdbcConcerns.nearbyCells(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon),
				now.minusSeconds(30 * 86_400), latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
	}

	private long listVersion(String beat) {
		return this.jdbc.sql("select version from concern_list_versions where beat = ?")
			.param(beat)
			.query(Long.class)
			.single();
	}

	private String description(long id) {
		return this.jdbc.sql("select description from concerns where id = ?").param(id).query(String.class).single();
	}

	private long count(String table, long id) {
		return this.jdbc.sql("select count(*) from " + table + " where concern_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
