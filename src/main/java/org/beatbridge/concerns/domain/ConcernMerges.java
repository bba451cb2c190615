package org.beatbridge.concerns.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.beatbridge.shared.ratelimit.KeyedHashes;
import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.TriageRefused;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Merges a duplicate into the concern that survives (decision 0742): the supporters move
 * along, the duplicate's reporter becomes one more supporter, and the duplicate is closed
 * with a public note in its reporter's language.
 */
@Component
class ConcernMerges {

	private final JdbcClient jdbc;

	private final Concerns concerns;

	private final KeyedHashes hashes;

	private final MessageSource messages;

	private final Clock clock = Clock.systemUTC();

	ConcernMerges(JdbcClient jdbc, Concerns concerns, KeyedHashes hashes, MessageSource messages) {
		this.jdbc = jdbc;
		this.concerns = concerns;
		this.hashes = hashes;
		this.messages = messages;
	}

	/** Called in the caller's transaction, after both concerns were checked in scope. */
	void merge(ConcernId duplicate, ConcernId surviving, Actor who) {
		if (duplicate.equals(surviving)) {
			throw TriageRefused.mergeRefused("same", "A concern cannot be a duplicate of itself.");
		}
		// Lock both in id order, so two officers merging the same pair cannot deadlock
		this.jdbc.sql("select id from concerns where id in (?, ?) order by id for update")
			.params(duplicate.value(), surviving.value())
			.query(Long.class)
			.list();
		Long already = mergedInto(duplicate.value());
		if (already != null) {
			throw TriageRefused.mergeRefused("already",
					"Concern " + duplicate + " was already merged into " + already + ".", already);
		}
		Long survivorOfSurviving = mergedInto(surviving.value());
		if (survivorOfSurviving != null) {
			throw TriageRefused.mergeRefused("into-merged", "Concern " + surviving + " was itself merged into "
					+ survivorOfSurviving + "; merge into that one.", surviving.value(), survivorOfSurviving);
		}
		ConcernStatus survivingStatus = status(surviving.value());
		if (!survivingStatus.isOpen()) {
			throw TriageRefused.mergeRefused("closed",
					"Concern " + surviving + " is closed; reopen it first or merge the other way.", surviving.value());
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into concern_supports (concern_id, supporter_hash, at)
				select ?, supporter_hash, at from concern_supports where concern_id = ? on conflict do nothing""")
			.params(surviving.value(), duplicate.value())
			.update();
		this.jdbc
			.sql("insert into concern_supports (concern_id, supporter_hash, at) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(surviving.value(), this.hashes.hash("support", reporterAsSupporter(duplicate.value())),
					Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				update concerns set support_count = (select count(*) from concern_supports where concern_id = ?),
					updated_at = ? where id = ?""")
			.params(surviving.value(), Timestamp.from(now), surviving.value())
			.update();
		// Concerns merged into the duplicate earlier now follow the surviving one
		this.jdbc.sql("update concern_merges set surviving_id = ? where surviving_id = ?")
			.params(surviving.value(), duplicate.value())
			.update();
		this.jdbc.sql("""
				insert into concern_merges (duplicate_id, surviving_id, actor_account_id, actor_role, at)
				values (?, ?, ?, ?, ?)""")
			.params(duplicate.value(), surviving.value(), who.accountId(), who.role(), Timestamp.from(now))
			.update();
		if (status(duplicate.value()).isOpen()) {
			this.concerns.changeStatus(duplicate, ConcernStatus.NOT_ACTIONABLE, who, this.messages
				.getMessage("triage.merged.update", new Object[] { surviving.toString() }, locale(duplicate.value())));
		}
	}

	Long mergedInto(long id) {
		return this.jdbc.sql("select surviving_id from concern_merges where duplicate_id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The duplicate's reporter as a supporter: keyed like their own "me too" when they
	 * reported signed in (so they never count twice), else by the concern they reported.
	 */
	private String reporterAsSupporter(long duplicate) {
		return this.jdbc.sql("""
				select coalesce('account:' || account_id::text, 'reporter-of:' || concern_id::text)
				from concern_reporters where concern_id = ?""")
			.param(duplicate)
			.query(String.class)
			.optional()
			.orElse("reporter-of:" + duplicate);
	}

	private ConcernStatus status(long id) {
		return ConcernStatus
			.valueOf(this.jdbc.sql("select status from concerns where id = ?").param(id).query(String.class).single());
	}

	private Locale locale(long id) {
		String tag = this.jdbc.sql("select locale from concerns where id = ?").param(id).query(String.class).single();
		return "es".equals(tag) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
	}

}
