package org.beatbridge.notifications.domain;

import java.util.Locale;

import org.beatbridge.notifications.InvalidNotice;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Recipient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NoticeRulesTests {

	private static final Recipient RESIDENT = Recipient.email("rosa@example.org", Locale.ENGLISH);

	@Test
	void acceptsAWellFormedNotice() {
		assertThatCode(() -> NoticeRules.check(new Notice(RESIDENT, "meetings:beat:1713", "Beat meeting moved",
				"It is on Tuesday now.", "/beats/1713")))
			.doesNotThrowAnyException();
		assertThatCode(() -> NoticeRules
			.check(new Notice(Recipient.account(1, Locale.forLanguageTag("es")), "concern:4f2a-9_b", "S", "B", null)))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsABadTopicNamingIt() {
		rejects(new Notice(RESIDENT, "Concern:1", "S", "B", null), "topic");
		rejects(new Notice(RESIDENT, "concern 1", "S", "B", null), "topic");
		rejects(new Notice(RESIDENT, "", "S", "B", null), "topic");
		rejects(new Notice(RESIDENT, null, "S", "B", null), "topic");
		rejects(new Notice(RESIDENT, "a".repeat(101), "S", "B", null), "topic");
	}

	@Test
	void rejectsAMissingLongOrMultiLineSubject() {
		rejects(new Notice(RESIDENT, "t", " ", "B", null), "subject");
		rejects(new Notice(RESIDENT, "t", "x".repeat(201), "B", null), "subject");
		rejects(new Notice(RESIDENT, "t", "Hello\r\nBcc: everyone@example.org", "B", null), "subject");
	}

	@Test
	void rejectsAMissingOrHugeBody() {
		rejects(new Notice(RESIDENT, "t", "S", "", null), "body");
		rejects(new Notice(RESIDENT, "t", "S", "x".repeat(10_001), null), "body");
	}

	@Test
	void rejectsLinksOutsideTheApp() {
		rejects(new Notice(RESIDENT, "t", "S", "B", "https://evil.example/"), "link");
		rejects(new Notice(RESIDENT, "t", "S", "B", "//evil.example/"), "link");
		rejects(new Notice(RESIDENT, "t", "S", "B", "/a b"), "link");
		rejects(new Notice(RESIDENT, "t", "S", "B", "/" + "a".repeat(500)), "link");
	}

	@Test
	void rejectsARecipientWithoutAccountOrPlausibleAddress() {
		rejects(new Notice(null, "t", "S", "B", null), "recipient");
		rejects(new Notice(new Recipient(null, null, Locale.ENGLISH), "t", "S", "B", null), "recipient");
		rejects(new Notice(Recipient.email("rosa", Locale.ENGLISH), "t", "S", "B", null), "recipient.email");
		rejects(new Notice(Recipient.email("rosa@localhost", Locale.ENGLISH), "t", "S", "B", null), "recipient.email");
		rejects(new Notice(Recipient.email("a@b.org\nBcc: x@y.org", Locale.ENGLISH), "t", "S", "B", null),
				"recipient.email");
		rejects(new Notice(Recipient.email("rosa@example.org", null), "t", "S", "B", null), "recipient.locale");
		rejects(new Notice(Recipient.account(0, Locale.ENGLISH), "t", "S", "B", null), "recipient.accountId");
	}

	private static void rejects(Notice notice, String field) {
		assertThatExceptionOfType(InvalidNotice.class).isThrownBy(() -> NoticeRules.check(notice))
			.matches((ex) -> ex.getField().equals(field), "names " + field);
	}

}
