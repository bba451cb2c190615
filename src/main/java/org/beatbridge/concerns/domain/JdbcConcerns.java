package org.beatbridge.concerns.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.beatbridge.shared.ratelimit.KeyedHashes;
import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernPhoto;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernReceipt;
import org.beatbridge.concerns.ConcernReported;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernStatusChanged;
import org.beatbridge.concerns.ConcernUpdate;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.InvalidConcern;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.concerns.Support;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.geography.Beats;
import org.beatbridge.geography.BlockLevel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concerns in PostgreSQL. The reporter's identity is written to its own table and read
 * back only to notify them; every view is built without it.
 */
@Service
class JdbcConcerns implements Concerns {

	static final int MAX_PUBLIC_UPDATE = 2000;

	private static final String OPEN_STATUSES = "('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED')";

	private static final String VIEW_COLUMNS = """
			c.id, c.category, c.status, c.public_description, c.block_address, c.block_latitude, c.block_longitude,
			c.beat, c.district, c.requested_at, c.updated_at, c.support_count, c.attributes, c.latitude, c.longitude,
			exists (select 1 from concern_photos p where p.concern_id = c.id) as has_photo,
			(select m.url from concern_media_links m where m.concern_id = c.id and m.published_at is not null)
				as media_url""";

	private final JdbcClient jdbc;

	private final ReportWriter writer;

	private final ListVersionFeed versions;

	private final TransactionTemplate transactions;

	private final Beats beats;

	private final BlockLocations blocks;

	private final CategoryCatalog categories;

	private final KeyedHashes hashes;

	private final ApplicationEventPublisher events;

	private final ConcernSettings settings;

	private final JsonMapper json;

	private final EmailTrackingLinks emailLinks;

	private final Clock clock;

	JdbcConcerns(JdbcClient jdbc, ReportWriter writer, ListVersionFeed versions,
			PlatformTransactionManager transactions, Beats beats, BlockLocations blocks, CategoryCatalog categories,
			KeyedHashes hashes, ApplicationEventPublisher events, ConcernSettings settings, JsonMapper json,
			EmailTrackingLinks emailLinks) {
		this.emailLinks = emailLinks;
		this.jdbc = jdbc;
		this.writer = writer;
		this.versions = versions;
		this.transactions = new TransactionTemplate(transactions);
		this.beats = beats;
		this.blocks = blocks;
		this.categories = categories;
		this.hashes = hashes;
		this.events = events;
		this.settings = settings;
		this.json = json;
		this.clock = Clock.systemUTC();
	}

	@Override
	public ConcernReceipt report(NewConcern concern) {
		ConcernRules.Validated valid = ConcernRules.check(concern, this.categories, this.beats, this.blocks);
		ConcernRules.Location location = valid.location();
		BlockLevel.Point block = BlockLevel.point(location.latitude(), location.longitude());
		Similar search = similar(valid.category(), location.latitude(), location.longitude());
		String token = TrackingTokens.next();
		boolean named = !concern.anonymous();
		ReportWriter.Report report = new ReportWriter.Report(valid.category(), valid.description(), location.latitude(),
				location.longitude(), location.block(), block.latitude(), block.longitude(), location.beat().beat(),
				location.beat().district(), concern.source(), valid.locale(),
				this.json.writeValueAsString(valid.attributes()), concern.anonymous(), TrackingTokens.hash(token),
				this.clock.instant(), named ? valid.accountId() : null, named ? valid.contact().name() : null,
				named ? valid.contact().email() : null, named ? valid.contact().phone() : null,
				named ? valid.deviceId() : null, valid.mediaUrl(), search.cells(), search.since(), search.south(),
				search.north(), search.west(), search.east());
		// One statement writes the concern, its first transition, its reporter unless
		// anonymous and its media link, and finds similar open concerns nearby (decision
		// 0762), for reports that arrive together too (0765). A photo is written in the
		// same transaction.
		ReportWriter.Written written;
		if (valid.photo() == null) {
			written = this.writer.write(report);
		}
		else {
			ConcernPhoto photo = valid.photo();
			written = this.transactions.execute((status) -> {
				ReportWriter.Written stored = this.writer.writeNow(List.of(report)).get(0);
				this.jdbc.sql(
						"insert into concern_photos (concern_id, content_type, width, height, bytes) values (?, ?, ?, ?, ?)")
					.params(stored.id(), photo.contentType(), photo.width(), photo.height(), photo.bytes())
					.update();
				return stored;
			});
		}
		// the receipt names similar concerns by id
		List<ConcernId> similar = search.nearest(written.nearby())
			.stream()
			.map((nearby) -> new ConcernId(nearby.id()))
			.toList();
		return new ConcernReceipt(new ConcernId(written.id()), token, location.beat().beat(),
				location.beat().district(), similar);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConcernView> find(ConcernId id) {
		return views("c.id = ?", List.of(id.value()), "", 1).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConcernView> findByTrackingToken(String token) {
		if (!TrackingTokens.looksValid(token)) {
			return this.emailLinks.valid(token).flatMap(this::find);
		}
		return views("c.tracking_token_hash = ?", List.of(TrackingTokens.hash(token)), "", 1).stream().findFirst();
	}

	@Override
	public Optional<ConcernId> expiredEmailLink(String key) {
		return this.emailLinks.expired(key);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConcernView> search(ConcernQuery query) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		wherePlace(query, "c", where, params);
		if (!query.categories().isEmpty()) {
			oneOf("c.category", query.categories(), where, params);
		}
		if (!query.statuses().isEmpty()) {
			where.add("c.status = any(?::text[])");
			params.add(textArray(query.statuses().stream().map(Enum::name).toList()));
		}
		if (query.requestedFrom() != null) {
			where.add("c.requested_at >= ?");
			params.add(Timestamp.from(query.requestedFrom()));
		}
		if (query.requestedTo() != null) {
			where.add("c.requested_at < ?");
			params.add(Timestamp.from(query.requestedTo()));
		}
		String condition = where.isEmpty() ? "true" : String.join(" and ", where);
		return views(condition, params, "order by c.requested_at desc, c.id desc", query.limit());
	}

	@Override
	public long listVersion(ConcernQuery query) {
		String district = (query.district() != null && !query.district().isBlank()) ? districtNumber(query.district())
				: null;
		OptionalLong known = this.versions.version(query.beats().stream().map(JdbcConcerns::beatNumber).toList(),
				district);
		if (known.isPresent()) {
			return known.getAsLong();
		}
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		wherePlace(query, "v", where, params);
		// triggers only ever add to a beat's number, so the sum grows with any of them
		return this.jdbc
			.sql("select coalesce(sum(v.version), 0) from concern_list_versions v where "
					+ (where.isEmpty() ? "true" : String.join(" and ", where)))
			.params(params)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConcernView> similarOpenNearby(String category, double latitude, double longitude) {
		return withUpdates(nearestSimilar(category, latitude, longitude));
	}

	private List<Row> nearestSimilar(String category, double latitude, double longitude) {
		Similar search = similar(category, latitude, longitude);
		return search.nearest(this.jdbc.sql(search.sql(VIEW_COLUMNS)).params(search.params()).query(this::row).list());
	}

	/**
	 * The search for open concerns of a category near a point: the candidates in the box
	 * around the radius (by the cells of V103), the nearest within the radius kept.
	 */
	private Similar similar(String category, double latitude, double longitude) {
		double radius = this.settings.similarRadius();
		double dLat = Distances.latitudeDegrees(radius);
		double dLon = Distances.longitudeDegrees(radius, latitude);
		Instant since = this.clock.instant().minus(this.settings.similarWindow());
		return new Similar(category, nearbyCells(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon),
				since, latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon, latitude, longitude,
				radius, this.settings.similarLimit());
	}

	private record Similar(String category, String cells, Instant since, double south, double north, double west,
			double east, double latitude, double longitude, double radius, int limit) {

		/**
		 * The full rows ({@code columns}) of the nearest open concerns within the radius.
		 */
		String sql(String columns) {
			return "select " + columns + " from concerns c where c.id in (select n.id"
					+ " from (select ?::float8 as latitude, ?::float8 as longitude) p cross join lateral ("
					+ nearestOpen("?", "?::bigint[]", "?", "?", "?", "?", "?", "p.latitude", "p.longitude", "?", "?")
					+ ") n)";
		}

		List<Object> params() {
			return List.of(this.latitude, this.longitude, String.valueOf(this.category), this.cells,
					Timestamp.from(this.since), this.south, this.north, this.west, this.east, this.radius, this.limit);
		}

		<T extends Located> List<T> nearest(List<T> candidates) {
			return candidates.stream()
				.filter((located) -> metres(located) <= this.radius)
				.sorted(Comparator.comparingDouble(this::metres))
				.limit(this.limit)
				.toList();
		}

		private double metres(Located located) {
			return Distances.metres(located.latitude(), located.longitude(), this.latitude, this.longitude);
		}

	}

	/**
	 * The nearest open concerns of a category within a radius of a point, nearest first,
	 * at most {@code limit} ({@code id, latitude, longitude}): the search for similar
	 * concerns. It reads the newest 200 in the box around the radius by the cells of
	 * V103, then measures them as {@link Distances#metres} does (haversine, the same
	 * Earth radius), a metre more than the radius, so that rounding here loses none to
	 * the caller's own check. The arguments are SQL expressions (parameters or columns of
	 * another table; the point's are read twice, so columns), so that a report's
	 * statement and the resident form's hints search alike.
	 */
	static String nearestOpen(String category, String cells, String since, String south, String north, String west,
			String east, String latitude, String longitude, String radius, String limit) {
		String metres = "2 * 6371000 * asin(least(1, sqrt(sin(radians(n.latitude - " + latitude
				+ ") / 2) ^ 2 + cos(radians(n.latitude)) * cos(radians(" + latitude + ")) * sin(radians(n.longitude - "
				+ longitude + ") / 2) ^ 2)))";
		return "select d.id, d.latitude, d.longitude from (select n.id, n.latitude, n.longitude, " + metres
				+ " as metres from (select c.id, c.latitude, c.longitude from concerns c where c.category = " + category
				+ " and c.nearby_cell = any(" + cells + ") and c.status in " + OPEN_STATUSES + " and c.requested_at >= "
				+ since + " and c.latitude between " + south + " and " + north + " and c.longitude between " + west
				+ " and " + east + " order by c.requested_at desc limit 200) n) d where d.metres <= " + radius
				+ " + 1 order by d.metres limit " + limit;
	}

	/**
	 * The cells ({@code concerns.nearby_cell}, V103) that cover a box: the same formula
	 * as the column's, in the same floating point.
	 */
	static String nearbyCells(double south, double north, double west, double east) {
		StringBuilder cells = new StringBuilder("{");
		for (long row = (long) Math.floor(south * 400); row <= (long) Math.floor(north * 400); row++) {
			for (long column = (long) Math.floor(west * 300); column <= (long) Math.floor(east * 300); column++) {
				if (cells.length() > 1) {
					cells.append(',');
				}
				cells.append(row * 100_000 + column + 50_000);
			}
		}
		return cells.append('}').toString();
	}

	@Override
	@Transactional
	public Support meToo(ConcernId id, String supporter, String clientAddress) {
		ConcernStatus status = lockedStatus(id);
		if (!status.isOpen()) {
			throw ConcernChangeRefused.closed(id, status);
		}
		if (supporter == null || supporter.isBlank()) {
			throw InvalidConcern.because("supporter", "concerns.error.supporter.required",
					"Who supports the concern is needed, so that nobody counts twice.");
		}
		Instant now = this.clock.instant();
		if (clientAddress != null && !supporter.startsWith("account:") && !newClientFor(id, clientAddress, now)) {
			return new Support(supportCount(id), false);
		}
		int added = this.jdbc.sql("""
				insert into concern_supports (concern_id, supporter_hash, at) values (?, ?, ?)
				on conflict do nothing""")
			.params(id.value(), this.hashes.hash("support", supporter), Timestamp.from(now))
			.update();
		if (added > 0) {
			return new Support(this.jdbc
				.sql("update concerns set support_count = support_count + 1 where id = ? returning support_count")
				.param(id.value())
				.query(Integer.class)
				.single(), true);
		}
		return new Support(supportCount(id), false);
	}

	/**
	 * Opens this client's window on the concern, unless one is still open: the key is a
	 * keyed hash of concern and household address, so it matches nothing else.
	 */
	private boolean newClientFor(ConcernId id, String clientAddress, Instant now) {
		byte[] client = this.hashes.hash("support-client", id.value() + "|" + KeyedHashes.household(clientAddress));
		return this.jdbc.sql("""
				insert into concern_support_clients (concern_id, client_hash, expires_at) values (?, ?, ?)
				on conflict (concern_id, client_hash) do update set expires_at = excluded.expires_at
				where concern_support_clients.expires_at <= ?""")
			.params(id.value(), client, Timestamp.from(now.plus(this.settings.supportWindow())), Timestamp.from(now))
			.update() > 0;
	}

	private int supportCount(ConcernId id) {
		return this.jdbc.sql("select support_count from concerns where id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
	}

	@Override
	public List<ConcernCategory> categories(Locale locale) {
		return this.categories.all(locale);
	}

	@Override
	@Transactional
	public ConcernView changeStatus(ConcernId id, ConcernStatus to, Actor who, String publicUpdate) {
		if (who == null || !who.isStaff()) {
			throw ConcernChangeRefused.notStaff((who != null) ? who : new Actor(null, "NOBODY"));
		}
		ConcernStatus from = lockedStatus(id);
		if (to == null || !from.canTransitionTo(to)) {
			throw ConcernChangeRefused.illegalTransition(id, from, to);
		}
		String update = ConcernRules.plain(publicUpdate);
		if (update != null && update.length() > MAX_PUBLIC_UPDATE) {
			throw ConcernChangeRefused.updateTooLong(MAX_PUBLIC_UPDATE);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update concerns set status = ?, updated_at = ? where id = ?")
			.params(to.name(), Timestamp.from(now), id.value())
			.update();
		this.jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_account_id, actor_role,
					public_update, at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), from.name(), to.name(), who.accountId(), who.role(), update, Timestamp.from(now))
			.update();
		ConcernView view = find(id).orElseThrow(() -> ConcernNotFound.forId(id));
		this.events.publishEvent(new ConcernStatusChanged(id, view.category(), view.beat(), view.district(), from, to,
				update, who.accountId(), now));
		return view;
	}

	@Override
	@Transactional
	public ConcernView moderate(ConcernId id, String publicDescription, Actor who) {
		if (who == null || !who.isStaff()) {
			throw ConcernChangeRefused.notStaff((who != null) ? who : new Actor(null, "NOBODY"));
		}
		lockedStatus(id);
		String text = ConcernRules.plain(publicDescription);
		if (text == null || text.length() > ConcernRules.MAX_DESCRIPTION) {
			throw InvalidConcern.because("publicDescription", "concerns.error.publicDescription.invalid",
					"The public description must have 1 to " + ConcernRules.MAX_DESCRIPTION + " characters.");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update concerns set public_description = ?, updated_at = ? where id = ?")
			.params(text, Timestamp.from(now), id.value())
			.update();
		this.jdbc.sql("""
				insert into concern_moderations (concern_id, public_description, actor_account_id, actor_role, at)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), text, who.accountId(), who.role(), Timestamp.from(now))
			.update();
		return find(id).orElseThrow(() -> ConcernNotFound.forId(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConcernPhoto> photo(ConcernId id) {
		return this.jdbc.sql("select content_type, width, height, bytes from concern_photos where concern_id = ?")
			.param(id.value())
			.query((rs, row) -> new ConcernPhoto(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConcernView> reportedBy(long accountId, int limit) {
		return views("c.id in (select r.concern_id from concern_reporters r where r.account_id = ?)",
				List.of(accountId), "order by c.requested_at desc, c.id desc", Math.max(1, Math.min(limit, 1000)));
	}

	private ConcernStatus lockedStatus(ConcernId id) {
		return this.jdbc.sql("select status from concerns where id = ? for update")
			.param(id.value())
			.query(String.class)
			.optional()
			.map(ConcernStatus::valueOf)
			.orElseThrow(() -> ConcernNotFound.forId(id));
	}

	List<ConcernView> views(String condition, List<?> params, String order, int limit) {
		return withUpdates(rows(condition, params, order, limit));
	}

	private List<Row> rows(String condition, List<?> params, String order, int limit) {
		return this.jdbc
			.sql("select " + VIEW_COLUMNS + " from concerns c where " + condition + " " + order + " limit " + limit)
			.params(params)
			.query(this::row)
			.list();
	}

	private List<ConcernView> withUpdates(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ConcernUpdate>> updates = new HashMap<>();
		this.jdbc.sql("""
				select concern_id, from_status, to_status, public_update, at from concern_transitions
				where concern_id = any(?::bigint[]) order by concern_id, at, id""")
			.param("{" + rows.stream().map((row) -> Long.toString(row.id())).collect(Collectors.joining(",")) + "}")
			.query((rs) -> {
				String from = rs.getString("from_status");
				updates.computeIfAbsent(rs.getLong("concern_id"), (key) -> new ArrayList<>())
					.add(new ConcernUpdate(rs.getTimestamp("at").toInstant(),
							(from != null) ? ConcernStatus.valueOf(from) : null,
							ConcernStatus.valueOf(rs.getString("to_status")), rs.getString("public_update")));
			});
		return rows.stream().map((row) -> row.view(updates.getOrDefault(row.id(), List.of()))).toList();
	}

	private Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("category"), ConcernStatus.valueOf(rs.getString("status")),
				rs.getString("public_description"), rs.getString("block_address"),
				new BlockLevel.Point(rs.getDouble("block_latitude"), rs.getDouble("block_longitude")),
				rs.getString("beat"), rs.getString("district"), rs.getTimestamp("requested_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("support_count"), rs.getBoolean("has_photo"),
				attributes(rs.getString("attributes")), rs.getDouble("latitude"), rs.getDouble("longitude"),
				rs.getString("media_url"));
	}

	private Map<String, String> attributes(String text) {
		// most categories ask nothing more: no JSON parser for every listed "{}"
		if (text == null || text.isBlank() || text.equals("{}")) {
			return Map.of();
		}
		return this.json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	/** The query's beats and district, on the table or alias {@code table}. */
	private static void wherePlace(ConcernQuery query, String table, List<String> where, List<Object> params) {
		if (!query.beats().isEmpty()) {
			oneOf(table + ".beat", query.beats().stream().map(JdbcConcerns::beatNumber).toList(), where, params);
		}
		if (query.district() != null && !query.district().isBlank()) {
			where.add(table + ".district = ?");
			params.add(districtNumber(query.district()));
		}
	}

	// One value as "=": PostgreSQL then reads the (beat, [category,] requested_at) index
	// in
	// order and stops at the limit; "= any(array)" would read every match and sort them
	private static void oneOf(String column, List<String> values, List<String> where, List<Object> params) {
		if (values.size() == 1) {
			where.add(column + " = ?");
			params.add(values.get(0));
		}
		else {
			where.add(column + " = any(?::text[])");
			params.add(textArray(values));
		}
	}

	private static String textArray(List<String> values) {
		return "{" + values.stream()
			.map((value) -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",")) + "}";
	}

	static String beatNumber(String beat) {
		String value = (beat != null) ? beat.strip() : "";
		return (value.matches("\\d{1,3}")) ? "0".repeat(4 - value.length()) + value : value;
	}

	static String districtNumber(String district) {
		String value = district.strip();
		return value.matches("0+\\d+") ? value.replaceFirst("^0+", "") : value;
	}

	private record Row(long id, String category, ConcernStatus status, String description, String blockAddress,
			BlockLevel.Point point, String beat, String district, Instant requestedAt, Instant updatedAt,
			int supportCount, boolean hasPhoto, Map<String, String> attributes, double latitude, double longitude,
			String mediaUrl) implements Located {

		ConcernView view(List<ConcernUpdate> updates) {
			return new ConcernView(new ConcernId(this.id), this.category, this.status, this.description,
					this.blockAddress, this.point, this.beat, this.district, this.requestedAt, this.updatedAt,
					this.supportCount, this.hasPhoto, this.attributes, updates, this.mediaUrl);
		}

	}

}
