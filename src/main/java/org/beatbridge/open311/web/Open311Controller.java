package org.beatbridge.open311.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernReceipt;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.InvalidConcern;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.open311.KeySubmissionLimits;
import org.beatbridge.open311.Open311Settings;
import org.beatbridge.shared.web.RenderedBody;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * GeoReport v2 at {@code /open311/v2}: services, service definitions, reporting with an
 * API key, and reading requests, in JSON or XML by the path's extension. Every error
 * leaves in the specification's format (decision 0750).
 */
@RestController
class Open311Controller {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	static final String CHANGESET = "2026-11-25T00:00:00-06:00";

	private final Concerns concerns;

	private final KeySubmissionLimits limits;

	private final Open311Settings settings;

	private final Open311Writer writer;

	private final RequestListCache listCache;

	Open311Controller(Concerns concerns, KeySubmissionLimits limits, Open311Settings settings, Open311Writer writer,
			RequestListCache listCache) {
		this.listCache = listCache;
		this.concerns = concerns;
		this.limits = limits;
		this.settings = settings;
		this.writer = writer;
	}

	@GetMapping({ "/open311/discovery.{format}", "/open311/v2/discovery.{format}" })
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		Open311Format as = Open311Format.of(format);
		String base = baseUrl(request) + "/open311/v2";
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", base);
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", CHANGESET);
		discovery.put("contact", this.settings.contact());
		discovery.put("key_service", this.settings.keyService());
		discovery.put("endpoints", List.of(endpoint));
		return this.writer.ok(as, "discovery", discovery);
	}

	@GetMapping("/open311/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
			Locale locale) {
		Open311Format as = Open311Format.of(format);
		checkJurisdiction(as, params);
		List<Object> services = this.concerns.categories(locale)
			.stream()
			.map((category) -> (Object) Open311Views.service(category))
			.toList();
		return this.writer.ok(as, "services", services);
	}

	@GetMapping("/open311/v2/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> params, Locale locale) {
		Open311Format as = Open311Format.of(format);
		checkJurisdiction(as, params);
		ConcernCategory category = category(as, code, locale);
		return this.writer.ok(as, "service_definition", Open311Views.definition(category));
	}

	// The literal paths are found without trying every mapping of the application: the
	// busiest endpoints, the pattern only for other extensions (refused)
	@PostMapping({ "/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/requests.{format}" })
	ResponseEntity<String> report(@PathVariable(required = false) String format,
			@RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletRequest request) {
		Open311Format as = format(format, request);
		checkJurisdiction(as, params);
		// The key is checked and one report taken from its allowance first, in a
		// statement of its own; a report that is then refused or fails gives it back
		// (decision 0764)
		long keyId = take(as, params.getFirst("api_key"));
		ConcernReceipt receipt;
		try {
			receipt = report(as, ReportParameters.read(as, params, locale));
		}
		catch (RuntimeException ex) {
			this.limits.giveBack(keyId);
			throw ex;
		}
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("service_request_id", receipt.id().toString());
		created.put("token", receipt.trackingToken());
		created.put("service_notice", notice(receipt));
		created.put("account_id", null);
		return this.writer.ok(as, "service_requests", List.of(created));
	}

	private long take(Open311Format as, String apiKey) {
		try {
			return this.limits.take(apiKey)
				.orElseThrow(() -> Open311Error.forbidden(as,
						(apiKey == null) ? "api_key was not provided." : "api_key is not valid or was revoked."));
		}
		catch (TooManySubmissions ex) {
			String limit = ex.limitPerHour().isPresent() ? "limit of " + ex.limitPerHour().getAsInt() : "limit";
			throw Open311Error.tooManyRequests(as,
					"This api_key reported more concerns than its " + limit + " per hour. Try again later.",
					ex.retryAfter());
		}
	}

	private ConcernReceipt report(Open311Format as, NewConcern concern) {
		try {
			return this.concerns.report(concern);
		}
		catch (InvalidConcern ex) {
			throw ReportParameters.error(as, ex);
		}
	}

	@GetMapping({ "/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/requests.{format}" })
	ResponseEntity<?> requests(@PathVariable(required = false) String format,
			@RequestParam MultiValueMap<String, String> params, Locale locale, ServletWebRequest request) {
		Open311Format as = format(format, request.getRequest());
		checkJurisdiction(as, params);
		RequestFilters filters = RequestFilters.read(as, params, this::isKnownCategory);
		if (!filters.ids().isEmpty()) {
			List<ConcernView> found = filters.ids()
				.stream()
				.map(this.concerns::find)
				.flatMap(Optional::stream)
				.toList();
			return this.writer.ok(as, "service_requests", requests(found, filters.extensions(), locale));
		}
		// the version is read before the list, so a kept answer is never older than it
		long version = this.concerns.listVersion(filters.query());
		RenderedBody answer = this.listCache.get(RequestListCache.Key.of(as, locale.getLanguage(), params), version,
				(now) -> {
					List<ConcernView> found = this.concerns.search(filters.query());
					byte[] bytes = this.writer
						.write(as, "service_requests", requests(found, filters.extensions(), locale))
						.getBytes(StandardCharsets.UTF_8);
					return new RequestListCache.Rendered(bytes, validUntil(filters, found));
				});
		return answer.respond(request, as.mediaType(), CacheControl.noCache());
	}

	/**
	 * Without dates the window is the last 90 days, so the answer changes when its oldest
	 * request drops out of it, even if no concern changes.
	 */
	private static Instant validUntil(RequestFilters filters, List<ConcernView> found) {
		if (!filters.relativeToNow() || found.isEmpty()) {
			return null;
		}
		return found.stream()
			.map(ConcernView::requestedAt)
			.min(Comparator.naturalOrder())
			.orElseThrow()
			.plus(RequestFilters.MAX_RANGE);
	}

	// "request/" is how the community's Swagger description spells it
	@GetMapping({ "/open311/v2/requests/{id}.{format}", "/open311/v2/request/{id}.{format}" })
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> params, Locale locale) {
		Open311Format as = Open311Format.of(format);
		checkJurisdiction(as, params);
		ConcernView concern = ConcernId.parse(id)
			.flatMap(this.concerns::find)
			.orElseThrow(() -> Open311Error.notFound(as, "service_request_id " + shorten(id) + " was not found."));
		return this.writer.ok(as, "service_requests",
				requests(List.of(concern), RequestFilters.extensions(params), locale));
	}

	@GetMapping("/open311/v2/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> params) {
		Open311Format as = Open311Format.of(format);
		checkJurisdiction(as, params);
		ConcernView concern = this.concerns.findByTrackingToken(token)
			.orElseThrow(() -> Open311Error.notFound(as, "token was not found."));
		Map<String, Object> found = new LinkedHashMap<>();
		found.put("service_request_id", concern.id().toString());
		found.put("token", token);
		return this.writer.ok(as, "service_requests", List.of(found));
	}

	/**
	 * Any other path or method under {@code /open311}: an error in the format the path
	 * names, not the site's error page.
	 */
	@RequestMapping("/open311/**")
	ResponseEntity<String> unknown(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Open311Format as = Open311Format.ofPath(path);
		if (path.matches("/open311/(v2/)?(discovery|services|requests|tokens)(/[^/]+)?\\.(json|xml)")) {
			throw Open311Error.of(HttpStatus.METHOD_NOT_ALLOWED, as,
					"Method " + request.getMethod() + " is not allowed here.");
		}
		throw Open311Error.notFound(as, "There is no such Open311 resource. Start at /open311/discovery.json.");
	}

	private List<Object> requests(List<ConcernView> found, boolean extensions, Locale locale) {
		Map<String, ConcernCategory> categories = this.concerns.categories(locale)
			.stream()
			.collect(Collectors.toMap(ConcernCategory::code, Function.identity()));
		List<Object> requests = new ArrayList<>(found.size());
		for (ConcernView concern : found) {
			requests.add(Open311Views.request(concern, categories, extensions));
		}
		return requests;
	}

	private String notice(ConcernReceipt receipt) {
		String notice = "Reported to beat " + receipt.beat() + " (district " + receipt.district()
				+ "); its officers review new concerns.";
		if (receipt.similarOpenNearby().isEmpty()) {
			return notice;
		}
		return notice + " Similar open concerns nearby: "
				+ receipt.similarOpenNearby().stream().map(ConcernId::toString).collect(Collectors.joining(", "))
				+ ". If one of them is the same problem, residents can support it instead of reporting it again.";
	}

	private ConcernCategory category(Open311Format as, String code, Locale locale) {
		return this.concerns.categories(locale)
			.stream()
			.filter((category) -> category.code().equals(code))
			.findFirst()
			.orElseThrow(() -> Open311Error.notFound(as, "service_code " + shorten(code) + " was not found."));
	}

	private boolean isKnownCategory(String code) {
		return this.concerns.categories(Locale.ENGLISH).stream().anyMatch((category) -> category.code().equals(code));
	}

	private void checkJurisdiction(Open311Format as, MultiValueMap<String, String> params) {
		String jurisdiction = params.getFirst("jurisdiction_id");
		if (jurisdiction != null && !jurisdiction.isBlank()
				&& !jurisdiction.strip().equalsIgnoreCase(this.settings.jurisdictionId())) {
			throw Open311Error.notFound(as, "jurisdiction_id " + shorten(jurisdiction)
					+ " was not found; this server is " + this.settings.jurisdictionId() + ".");
		}
	}

	/** The format of a pattern's extension, or of a literal path's. */
	private static Open311Format format(String extension, HttpServletRequest request) {
		return (extension != null) ? Open311Format.of(extension) : Open311Format.ofPath(request.getRequestURI());
	}

	static String shorten(String text) {
		String value = (text != null) ? text : "";
		value = value.replaceAll("\\p{Cntrl}", "");
		return (value.length() > 60) ? value.substring(0, 60) + "…" : value;
	}

	private static String baseUrl(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
	}

}
