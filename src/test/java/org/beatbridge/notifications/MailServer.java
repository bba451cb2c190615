package org.beatbridge.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the test JVM, on a free port (other builds may run on the
 * same machine), which tests may stop and start again to play an outage.
 */
final class MailServer {

	private static final int PORT = freePort();

	private static GreenMail server;

	private MailServer() {
	}

	static synchronized int port() {
		start();
		return PORT;
	}

	static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			server.start();
		}
	}

	static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** The messages received so far for one address. */
	static synchronized List<MimeMessage> receivedBy(String address) {
		start();
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
