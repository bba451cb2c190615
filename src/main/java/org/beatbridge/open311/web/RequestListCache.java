package org.beatbridge.open311.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.beatbridge.open311.Open311Settings;
import org.beatbridge.shared.web.RenderedBody;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * {@code GET requests} answers, kept per node and served again while the concerns' list
 * version of their beats or district is unchanged (decision 0761). The version is read
 * from the database before the list is built, so no node serves an answer older than the
 * database; a window relative to now expires when its oldest request would drop out of
 * it, and any answer after {@link #MAX_AGE}. Bounded by bytes, least recently used first.
 */
@Component
class RequestListCache {

	// category names are read again every minute (CategoryCatalog), so kept answers
	// follow them
	static final Duration MAX_AGE = Duration.ofMinutes(1);

	private final Cache<Key, Entry> answers;

	private final Map<Key, Render> rendering = new ConcurrentHashMap<>();

	private final Clock clock;

	@Autowired
	RequestListCache(Open311Settings settings) {
		this(settings, Clock.systemUTC());
	}

	RequestListCache(Open311Settings settings, Clock clock) {
		this.clock = clock;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(settings.listCacheSize().toBytes())
			.weigher((Key key, Entry entry) -> entry.body().weight() + key.weight())
			.build();
	}

	/**
	 * The cached answer of this key at {@code version}, or a new one: requests of this
	 * node that need the same render at the same or an older version wait for it instead
	 * of building it again.
	 */
	RenderedBody get(Key key, long version, Function<Instant, Rendered> render) {
		Instant now = this.clock.instant();
		Entry cached = this.answers.getIfPresent(key);
		if (cached != null && cached.version() == version && now.isBefore(cached.expiresAt())) {
			return cached.body();
		}
		Render mine = new Render(version, new CompletableFuture<>());
		Render running = this.rendering.compute(key,
				(k, other) -> (other != null && other.version() >= version) ? other : mine);
		if (running != mine) {
			try {
				return running.result().join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}
		try {
			Rendered rendered = render.apply(now);
			RenderedBody body = RenderedBody.of(rendered.bytes(), version, now);
			Instant expiresAt = now.plus(MAX_AGE);
			if (rendered.validUntil() != null && rendered.validUntil().isBefore(expiresAt)) {
				expiresAt = rendered.validUntil();
			}
			this.answers.put(key, new Entry(version, expiresAt, body));
			mine.result().complete(body);
			return body;
		}
		catch (RuntimeException ex) {
			mine.result().completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.rendering.remove(key, mine);
		}
	}

	/**
	 * What identifies an answer: the format, the language of the service names and the
	 * parameters that choose the requests (not the key, not the jurisdiction).
	 */
	record Key(Open311Format format, String language, Map<String, List<String>> parameters) {

		static Key of(Open311Format format, String language, MultiValueMap<String, String> params) {
			Map<String, List<String>> chosen = new TreeMap<>();
			params.forEach((name, values) -> {
				if (!"api_key".equals(name) && !"jurisdiction_id".equals(name)) {
					chosen.put(name, List.copyOf(values));
				}
			});
			return new Key(format, language, Map.copyOf(chosen));
		}

		int weight() {
			return 64 + this.parameters.toString().length() * 2;
		}

	}

	/**
	 * A built answer and until when it stays right without a change of the data
	 * ({@code null}: as long as the data do not change).
	 */
	record Rendered(byte[] bytes, Instant validUntil) {

	}

	private record Entry(long version, Instant expiresAt, RenderedBody body) {

	}

	private record Render(long version, CompletableFuture<RenderedBody> result) {

	}

}
