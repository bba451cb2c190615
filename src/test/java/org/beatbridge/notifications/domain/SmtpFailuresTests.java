package org.beatbridge.notifications.domain;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions are built the way Spring's JavaMailSenderImpl and Angus Mail report
 * them.
 */
class SmtpFailuresTests {

	@Test
	void aRefusedConnectionMeansTheServerIsUnreachableNotThatTheAddressIsBad() {
		MailSendException refused = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
		assertThat(SmtpFailures.unreachable(refused)).isTrue();
		assertThat(SmtpFailures.permanent(refused)).isFalse();
	}

	@Test
	void aRecipientRejectedWithA5xxReplyIsPermanent() throws Exception {
		Address nobody = new InternetAddress("nobody@example.org");
		SendFailedException rejected = new SendFailedException("Invalid Addresses",
				new SendFailedException("550 5.1.1 <nobody@example.org>: Recipient address rejected"), new Address[0],
				new Address[0], new Address[] { nobody });
		MailSendException failed = new MailSendException(Map.of(new Object(), rejected));
		assertThat(SmtpFailures.permanent(failed)).isTrue();
		assertThat(SmtpFailures.unreachable(failed)).isFalse();
	}

	@Test
	void aMailboxBusyReplyIsTriedAgain() throws Exception {
		Address busy = new InternetAddress("busy@example.org");
		SendFailedException later = new SendFailedException("Invalid Addresses",
				new SendFailedException("452 4.2.2 Mailbox full"), new Address[0], new Address[] { busy },
				new Address[0]);
		MailSendException failed = new MailSendException(Map.of(new Object(), later));
		assertThat(SmtpFailures.permanent(failed)).isFalse();
		assertThat(SmtpFailures.unreachable(failed)).isFalse();
	}

}
