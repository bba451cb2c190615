package org.beatbridge.identity.domain;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AdminBootstrapTests {

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFirstStartCreatedExactlyOneAdministrator() {
		assertThat(admins()).isEqualTo(1);
		assertThat(this.bootstrap.ensureAdminExists("another strong passphrase here")).isFalse();
		assertThat(admins()).isEqualTo(1);
	}

	@Test
	void usesTheConfiguredPasswordWhenThereIsNoAdministrator() {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("delete from accounts where username = 'admin'").update();
			assertThat(this.bootstrap.ensureAdminExists("copper lagoon whistle meadow")).isTrue();
			String hash = this.jdbc.sql("select password_hash from accounts where username = 'admin'")
				.query(String.class)
				.single();
			assertThat(this.passwords.matches("copper lagoon whistle meadow", hash)).isTrue();
			assertThat(admins()).isEqualTo(1);
			// Leave the database as the other tests expect it: one administrator.
			status.setRollbackOnly();
		});
	}

	private int admins() {
		return this.jdbc.sql("select count(*) from account_roles where role = 'ADMIN'").query(Integer.class).single();
	}

}
