package org.beatbridge.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.beatbridge.shared.web.RenderedBody;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rendered calendar feeds, kept per node and used while the schedule's version number in
 * the database is unchanged (a trigger bumps it on every write) and for at most
 * {@link #FRESH} (the feeds' window moves with time). Keys are only known beats and
 * districts, so the cache is bounded (decision 0507).
 */
@Component
class FeedCache {

	static final Duration FRESH = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

	private final Map<String, Boolean> rendering = new ConcurrentHashMap<>();

	FeedCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The feed of this key: cached when still current, else rendered and cached. */
	Feed get(String key, Supplier<String> render) {
		long version = this.jdbc.sql("select version from meeting_feed_version").query(Long.class).single();
		Instant now = this.clock.instant();
		Feed cached = this.feeds.get(key);
		if (cached != null && cached.version() == version && cached.rendered().renderedAt().isAfter(now.minus(FRESH))) {
			return cached;
		}
		// While another request of this node renders this feed, the one it replaces is
		// served:
		// stale by at most one render (well under a second), and a schedule change costs
		// one
		// render per feed and node instead of one per waiting subscriber (decision 0507)
		boolean mine = this.rendering.putIfAbsent(key, Boolean.TRUE) == null;
		if (!mine && cached != null) {
			return cached;
		}
		try {
			byte[] body = render.get().getBytes(StandardCharsets.UTF_8);
			Feed feed = new Feed(version, RenderedBody.of(body, version, now));
			this.feeds.put(key, feed);
			return feed;
		}
		finally {
			if (mine) {
				this.rendering.remove(key);
			}
		}
	}

	record Feed(long version, RenderedBody rendered) {

	}

}
