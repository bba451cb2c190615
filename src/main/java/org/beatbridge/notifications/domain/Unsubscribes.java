package org.beatbridge.notifications.domain;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe links of emails: a token names one sent email, and through it the
 * address (as a hash) and the topic. Works without signing in.
 */
@Component
public class Unsubscribes {

	/** Stored as the topic of an unsubscribe from every email. */
	static final String ALL_TOPICS = "*";

	private final JdbcClient jdbc;

	Unsubscribes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the token's email was about, if the token is one we sent. */
	@Transactional(readOnly = true)
	public Optional<UnsubscribeLink> find(String token) {
		if (!EmailAddresses.looksLikeToken(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select address_hash, topic, subject, language from notices where unsubscribe_hash = :token")
			.param("token", EmailAddresses.hashToken(token))
			.query((rs, row) -> new UnsubscribeLink(rs.getBytes("address_hash"), rs.getString("topic"),
					rs.getString("subject"), Locale.forLanguageTag(rs.getString("language"))))
			.optional();
	}

	/**
	 * Stops further emails on the token's topic, or all emails when {@code everything},
	 * to the address the token's email went to. Repeating it changes nothing.
	 * @return {@code false} when the token is unknown
	 */
	@Transactional
	public boolean unsubscribe(String token, boolean everything) {
		Optional<UnsubscribeLink> link = find(token);
		link.ifPresent((found) -> this.jdbc.sql("""
				insert into email_unsubscribes (address_hash, topic) values (:address, :topic)
				on conflict do nothing""")
			.param("address", found.addressHash())
			.param("topic", everything ? ALL_TOPICS : found.topic())
			.update());
		return link.isPresent();
	}

	/**
	 * Takes back an unsubscribe made with this token (a mistaken click).
	 * @return {@code false} when the token is unknown
	 */
	@Transactional
	public boolean resubscribe(String token, boolean everything) {
		Optional<UnsubscribeLink> link = find(token);
		link.ifPresent((found) -> this.jdbc
			.sql("delete from email_unsubscribes where address_hash = :address and topic = :topic")
			.param("address", found.addressHash())
			.param("topic", everything ? ALL_TOPICS : found.topic())
			.update());
		return link.isPresent();
	}

	/**
	 * An unsubscribe link's email.
	 *
	 * @param subject the subject of the email that carried the link, shown on the confirm
	 * page so the reader knows what they stop
	 * @param locale the email's language
	 */
	public record UnsubscribeLink(byte[] addressHash, String topic, String subject, Locale locale) {

	}

}
