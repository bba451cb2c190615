package org.beatbridge.concerns.domain;

import java.util.List;

import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.StaffConcernView;
import org.beatbridge.concerns.StaffConcernView.Assignment;
import org.beatbridge.concerns.StaffConcernView.MediaLink;
import org.beatbridge.concerns.StaffConcernView.ContactView;
import org.beatbridge.concerns.StaffConcernView.Moderation;
import org.beatbridge.concerns.StaffConcernView.Note;
import org.beatbridge.concerns.StaffConcernView.Referral;
import org.beatbridge.concerns.StaffConcernView.Step;
import org.beatbridge.identity.Accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads everything staff see about a concern, each record with who and when.
 */
@Component
class StaffConcernReader {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	StaffConcernReader(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	StaffConcernView read(ConcernView concern) {
		long id = concern.id().value();
		StaffNames names = new StaffNames(this.accounts);
		Original original = this.jdbc.sql("""
				select c.description, c.latitude, c.longitude, r.concern_id is not null as identified,
					r.account_id, coalesce(r.contact_name, r.contact_email, r.contact_phone) is not null as has_contact
				from concerns c left join concern_reporters r on r.concern_id = c.id where c.id = ?""")
			.param(id)
			.query((rs, row) -> new Original(rs.getString("description"), rs.getDouble("latitude"),
					rs.getDouble("longitude"), rs.getBoolean("identified"), rs.getObject("account_id") != null,
					rs.getBoolean("has_contact")))
			.single();
		String reporter = !original.identified() ? "ANONYMOUS" : (original.account() ? "ACCOUNT" : "CONTACT");
		List<Step> steps = this.jdbc.sql("""
				select from_status, to_status, public_update, actor_account_id, actor_role, at
				from concern_transitions where concern_id = ? order by at, id""")
			.param(id)
			.query((rs, row) -> new Step(rs.getTimestamp("at").toInstant(),
					(rs.getString("from_status") != null) ? ConcernStatus.valueOf(rs.getString("from_status")) : null,
					ConcernStatus.valueOf(rs.getString("to_status")), rs.getString("public_update"),
					names.of(rs.getObject("actor_account_id", Long.class), rs.getString("actor_role"))))
			.list();
		List<Note> notes = this.jdbc.sql(
				"select body, author_account_id, author_role, at from concern_notes where concern_id = ? order by at, id")
			.param(id)
			.query((rs, row) -> new Note(rs.getTimestamp("at").toInstant(), rs.getString("body"),
					names.of(rs.getLong("author_account_id"), rs.getString("author_role"))))
			.list();
		List<Moderation> moderations = this.jdbc.sql("""
				select public_description, actor_account_id, actor_role, at from concern_moderations
				where concern_id = ? order by at, id""")
			.param(id)
			.query((rs, row) -> new Moderation(rs.getTimestamp("at").toInstant(), rs.getString("public_description"),
					names.of(rs.getObject("actor_account_id", Long.class), rs.getString("actor_role"))))
			.list();
		List<Assignment> assignments = this.jdbc.sql("""
				select officer_account_id, actor_account_id, actor_role, at from concern_assignments
				where concern_id = ? order by at, id""")
			.param(id)
			.query((rs, row) -> new Assignment(rs.getTimestamp("at").toInstant(),
					(rs.getObject("officer_account_id") != null) ? names.of(rs.getLong("officer_account_id"), "OFFICER")
							: null,
					names.of(rs.getLong("actor_account_id"), rs.getString("actor_role"))))
			.list();
		List<Referral> referrals = this.jdbc.sql("""
				select service, reference, actor_account_id, actor_role, at from concern_referrals
				where concern_id = ? order by at, id""")
			.param(id)
			.query((rs, row) -> new Referral(rs.getTimestamp("at").toInstant(), rs.getString("service"),
					rs.getString("reference"), names.of(rs.getLong("actor_account_id"), rs.getString("actor_role"))))
			.list();
		List<ContactView> contactViews = this.jdbc
			.sql("select account_id, role, channel, at from concern_contact_views where concern_id = ? order by at, id")
			.param(id)
			.query((rs, row) -> new ContactView(rs.getTimestamp("at").toInstant(),
					names.of(rs.getLong("account_id"), rs.getString("role")), rs.getString("channel")))
			.list();
		ConcernId mergedInto = this.jdbc.sql("select surviving_id from concern_merges where duplicate_id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.map(ConcernId::new)
			.orElse(null);
		List<ConcernId> duplicates = this.jdbc
			.sql("select duplicate_id from concern_merges where surviving_id = ? order by duplicate_id")
			.param(id)
			.query(Long.class)
			.list()
			.stream()
			.map(ConcernId::new)
			.toList();
		MediaLink mediaLink = this.jdbc
			.sql("select url, published_at, published_by, published_role from concern_media_links where concern_id = ?")
			.param(id)
			.query((rs, row) -> new MediaLink(rs.getString("url"),
					(rs.getTimestamp("published_at") != null) ? rs.getTimestamp("published_at").toInstant() : null,
					(rs.getTimestamp("published_at") != null)
							? names.of(rs.getObject("published_by", Long.class), rs.getString("published_role"))
							: null))
			.optional()
			.orElse(null);
		Assignment current = assignments.isEmpty() ? null : assignments.get(assignments.size() - 1);
		return new StaffConcernView(concern, original.description(), original.latitude(), original.longitude(),
				reporter, original.hasContact() || original.account(), mergedInto, duplicates,
				(current != null && current.officer() != null) ? current : null, steps, notes, moderations, assignments,
				referrals, contactViews, mediaLink);
	}

	private record Original(String description, double latitude, double longitude, boolean identified, boolean account,
			boolean hasContact) {

	}

}
