package org.beatbridge.concerns.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernStatusChanged;
import org.beatbridge.concerns.ConcernUpdates;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public updates other modules post on a concern, recorded like staff's own updates (from
 * and to the same status) so the reporter hears of them the same way.
 */
@Service
class JdbcConcernUpdates implements ConcernUpdates {

	private final JdbcClient jdbc;

	private final Concerns concerns;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	JdbcConcernUpdates(JdbcClient jdbc, Concerns concerns, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.concerns = concerns;
		this.events = events;
	}

	@Override
	@Transactional
	public ConcernView post(ConcernId id, Function<Locale, String> wording, Actor who) {
		if (who == null || !who.isStaff()) {
			throw ConcernChangeRefused.notStaff((who != null) ? who : new Actor(null, "NOBODY"));
		}
		Locked locked = this.jdbc.sql("select status, locale from concerns where id = ? for update")
			.param(id.value())
			.query((rs, row) -> new Locked(ConcernStatus.valueOf(rs.getString(1)), rs.getString(2)))
			.optional()
			.orElseThrow(() -> ConcernNotFound.forId(id));
		Locale language = "es".equals(locked.locale()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
		String update = ConcernRules.plain(wording.apply(language));
		if (update == null || update.length() > JdbcConcerns.MAX_PUBLIC_UPDATE) {
			throw ConcernChangeRefused.updateTooLong(JdbcConcerns.MAX_PUBLIC_UPDATE);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update concerns set updated_at = ? where id = ?")
			.params(Timestamp.from(now), id.value())
			.update();
		this.jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_account_id, actor_role,
					public_update, at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), locked.status().name(), locked.status().name(), who.accountId(), who.role(), update,
					Timestamp.from(now))
			.update();
		ConcernView view = this.concerns.find(id).orElseThrow(() -> ConcernNotFound.forId(id));
		this.events.publishEvent(new ConcernStatusChanged(id, view.category(), view.beat(), view.district(),
				locked.status(), locked.status(), update, who.accountId(), now));
		return view;
	}

	private record Locked(ConcernStatus status, String locale) {

	}

}
