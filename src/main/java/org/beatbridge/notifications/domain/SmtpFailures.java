package org.beatbridge.notifications.domain;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Reads why sending failed: the server could not be reached (everything waits), the
 * server refused the address for good (no retry), or anything else (retry later).
 */
final class SmtpFailures {

	private SmtpFailures() {
	}

	/** Connection refused, unknown host, timeout or bad credentials. */
	static boolean unreachable(Exception ex) {
		if (ex instanceof MailAuthenticationException) {
			return true;
		}
		return causes(ex).stream()
			.anyMatch((cause) -> cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof SocketTimeoutException
					|| cause.getClass().getSimpleName().equals("MailConnectException"));
	}

	/**
	 * The server rejected the recipient with a 5xx reply (no such mailbox, bad domain):
	 * trying again cannot help. A 4xx reply ("mailbox busy") is retried.
	 */
	static boolean permanent(Exception ex) {
		return causes(ex).stream()
			.filter(SendFailedException.class::isInstance)
			.map(SendFailedException.class::cast)
			.anyMatch((failure) -> hasAny(failure.getInvalidAddresses()) && !hasAny(failure.getValidSentAddresses())
					&& !hasAny(failure.getValidUnsentAddresses()));
	}

	/**
	 * The exception, its causes, Jakarta Mail's chained exceptions and Spring's failed
	 * messages.
	 */
	private static List<Throwable> causes(Exception ex) {
		List<Throwable> seen = new ArrayList<>();
		Deque<Throwable> next = new ArrayDeque<>();
		next.add(ex);
		while (!next.isEmpty() && seen.size() < 50) {
			Throwable current = next.poll();
			if (seen.contains(current)) {
				continue;
			}
			seen.add(current);
			if (current.getCause() != null) {
				next.add(current.getCause());
			}
			if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
				next.add(messaging.getNextException());
			}
			if (current instanceof MailSendException send) {
				next.addAll(send.getFailedMessages().values());
			}
		}
		return seen;
	}

	private static boolean hasAny(Object[] values) {
		return values != null && values.length > 0;
	}

}
