package org.beatbridge.notifications.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account holder's notices, newest first, with what they have read. Every query is
 * scoped by the account, so nobody reads or marks another person's notices.
 */
@Component
public class Inbox {

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the inbox: up to {@code limit} notices older than {@code beforeId} (all
	 * when {@code null}), newest first.
	 */
	@Transactional(readOnly = true)
	public List<InboxEntry> page(long accountId, Long beforeId, int limit) {
		return this.jdbc.sql("""
				select id, topic, subject, body, link, created_at, read_at is not null as read from notices
				where account_id = :account and (cast(:before as bigint) is null or id < :before)
				order by id desc limit :limit""")
			.param("account", accountId)
			.param("before", beforeId)
			.param("limit", limit)
			.query((rs, row) -> new InboxEntry(rs.getLong("id"), rs.getString("topic"), rs.getString("subject"),
					rs.getString("body"), rs.getString("link"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("read")))
			.list();
	}

	public int unreadCount(long accountId) {
		return this.jdbc.sql("select count(*) from notices where account_id = :account and read_at is null")
			.param("account", accountId)
			.query(Integer.class)
			.single();
	}

	/** Marks one notice read; {@code false} when the account has no such notice. */
	@Transactional
	public boolean markRead(long accountId, long noticeId) {
		int found = this.jdbc
			.sql("update notices set read_at = coalesce(read_at, now()) where id = :id and account_id = :account")
			.param("id", noticeId)
			.param("account", accountId)
			.update();
		return found > 0;
	}

	@Transactional
	public int markAllRead(long accountId) {
		return this.jdbc.sql("update notices set read_at = now() where account_id = :account and read_at is null")
			.param("account", accountId)
			.update();
	}

	/** One notice as its recipient sees it in the inbox. */
	public record InboxEntry(long id, String topic, String subject, String body, String link, Instant createdAt,
			boolean read) {

	}

}
