package org.beatbridge.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, BeatBridge runs on an embedded PostgreSQL whose
 * files live in the data folder. The connections are pooled by HikariCP: the embedded
 * server's own DataSource opens a new connection per use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) {
		return EmbeddedPostgresServer.startOrAttach(settings);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server, DatabaseSettings settings) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("beatbridge-embedded");
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(EmbeddedPostgresServer.USER);
		config.setMaximumPoolSize(settings.embeddedPoolSize());
		return new HikariDataSource(config);
	}

}
