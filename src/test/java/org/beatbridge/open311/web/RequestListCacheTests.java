package org.beatbridge.open311.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.beatbridge.open311.Open311Settings;
import org.beatbridge.shared.web.RenderedBody;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RequestListCacheTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	private final RequestListCache cache = new RequestListCache(
			new Open311Settings("chicago.il.us", "c", "k", 600, DataSize.ofMegabytes(1)), this.clock);

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void anAnswerIsBuiltOnceWhileTheVersionIsUnchanged() {
		RequestListCache.Key key = key("beat", "2424");
		RenderedBody first = this.cache.get(key, 7, this::render);
		RenderedBody second = this.cache.get(key, 7, this::render);
		assertThat(this.renders).hasValue(1);
		assertThat(second.etag()).isEqualTo(first.etag());
	}

	@Test
	void anotherVersionIsBuiltAgainWithAnotherTag() {
		RequestListCache.Key key = key("beat", "2424");
		RenderedBody first = this.cache.get(key, 7, this::render);
		RenderedBody second = this.cache.get(key, 8, this::render);
		assertThat(this.renders).hasValue(2);
		assertThat(second.etag()).isNotEqualTo(first.etag());
	}

	@Test
	void anApiKeyDoesNotMakeAnotherAnswer() {
		MultiValueMap<String, String> withKey = new LinkedMultiValueMap<>();
		withKey.add("beat", "2424");
		withKey.add("api_key", "bb311_whatever");
		this.cache.get(key("beat", "2424"), 7, this::render);
		this.cache.get(RequestListCache.Key.of(Open311Format.JSON, "en", withKey), 7, this::render);
		assertThat(this.renders).hasValue(1);
		this.cache.get(RequestListCache.Key.of(Open311Format.XML, "en", withKey), 7, this::render);
		this.cache.get(RequestListCache.Key.of(Open311Format.JSON, "es", withKey), 7, this::render);
		assertThat(this.renders).hasValue(3);
	}

	@Test
	void anAnswerOfTheLastNinetyDaysIsBuiltAgainWhenItsOldestRequestLeavesTheWindow() {
		RequestListCache.Key key = key("beat", "2424");
		Instant oldestLeaves = this.clock.instant().plus(Duration.ofSeconds(30));
		this.cache.get(key, 7, (now) -> rendered(oldestLeaves));
		this.clock.advance(Duration.ofSeconds(20));
		this.cache.get(key, 7, this::render);
		assertThat(this.renders).hasValue(1);
		this.clock.advance(Duration.ofSeconds(20));
		this.cache.get(key, 7, this::render);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void noAnswerIsKeptLongerThanAMinute() {
		RequestListCache.Key key = key("beat", "2424");
		this.cache.get(key, 7, this::render);
		this.clock.advance(RequestListCache.MAX_AGE.plusSeconds(1));
		this.cache.get(key, 7, this::render);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void requestsArrivingDuringARenderWaitForItInsteadOfRenderingAgain() throws Exception {
		RequestListCache.Key key = key("district", "24");
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<RenderedBody> first = pool.submit(() -> this.cache.get(key, 7, (now) -> {
				started.countDown();
				await(release);
				return render(now);
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			Future<RenderedBody> second = pool.submit(() -> this.cache.get(key, 7, this::render));
			Future<RenderedBody> third = pool.submit(() -> this.cache.get(key, 6, this::render));
			Thread.sleep(100);
			release.countDown();
			assertThat(second.get(5, TimeUnit.SECONDS).etag()).isEqualTo(first.get(5, TimeUnit.SECONDS).etag());
			assertThat(third.get(5, TimeUnit.SECONDS).etag()).isEqualTo(first.get().etag());
			assertThat(this.renders).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private RequestListCache.Rendered render(Instant now) {
		return rendered(null);
	}

	private RequestListCache.Rendered rendered(Instant validUntil) {
		int render = this.renders.incrementAndGet();
		return new RequestListCache.Rendered(("[{\"render\":" + render + "}]").getBytes(StandardCharsets.UTF_8),
				validUntil);
	}

	private static RequestListCache.Key key(String name, String value) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add(name, value);
		return RequestListCache.Key.of(Open311Format.JSON, "en", params);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
