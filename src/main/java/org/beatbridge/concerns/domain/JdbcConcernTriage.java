package org.beatbridge.concerns.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernStatusChanged;
import org.beatbridge.concerns.ConcernTriage;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.ReporterContact;
import org.beatbridge.concerns.StaffConcernView;
import org.beatbridge.concerns.TriageFilter;
import org.beatbridge.concerns.TriageItem;
import org.beatbridge.concerns.TriageRefused;
import org.beatbridge.concerns.TriageScope;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage in PostgreSQL. Every action first checks that the concern lies in the caller's
 * scope, then records who did it and when; status changes go through {@link Concerns}, so
 * the state machine and the {@link ConcernStatusChanged} event stay in one place.
 */
@Service("concernTriage")
class JdbcConcernTriage implements ConcernTriage {

	static final int MAX_NOTE = 4000;

	static final int MAX_SERVICE = 100;

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

	private static final String NOT_MERGED = "not exists (select 1 from concern_merges m where m.duplicate_id = c.id)";

	private static final String ASSIGNEE = "(select a.officer_account_id from concern_assignments a "
			+ "where a.concern_id = c.id order by a.id desc limit 1)";

	private final JdbcClient jdbc;

	private final JdbcConcerns concerns;

	private final Accounts accounts;

	private final TriageScopes scopes;

	private final StaffConcernReader reader;

	private final ConcernMerges merges;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	JdbcConcernTriage(JdbcClient jdbc, JdbcConcerns concerns, Accounts accounts, TriageScopes scopes,
			StaffConcernReader reader, ConcernMerges merges, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.concerns = concerns;
		this.accounts = accounts;
		this.scopes = scopes;
		this.reader = reader;
		this.merges = merges;
		this.events = events;
	}

	@Override
	public TriageScope scopeOf(CurrentAccount account) {
		return this.scopes.of(account);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TriageItem> queue(TriageScope scope, TriageFilter filter) {
		List<String> where = new ArrayList<>(List.of(NOT_MERGED));
		List<Object> params = new ArrayList<>();
		Integer district = scope.citywide() ? filter.district() : scope.district();
		if (district != null) {
			where.add("c.district = ?");
			params.add(district.toString());
		}
		if (!filter.beats().isEmpty()) {
			List<String> numbers = filter.beats().stream().map(JdbcConcerns::beatNumber).toList();
			numbers.stream().filter((beat) -> !beat.matches("\\d{4}")).findFirst().ifPresent((beat) -> {
				throw TriageRefused.invalid("beat", "beat.unknown", "There is no beat " + beat + ".", beat);
			});
			where.add("c.beat = any(?::text[])");
			params.add("{" + String.join(",", numbers) + "}");
		}
		where.add("c.status = any(?::text[])");
		params.add("{" + filter.statuses().stream().map(Enum::name).collect(Collectors.joining(",")) + "}");
		if (filter.category() != null && !filter.category().isBlank()) {
			where.add("c.category = ?");
			params.add(filter.category());
		}
		if (filter.assignedTo() != null) {
			where.add(ASSIGNEE + " = ?");
			params.add(filter.assignedTo());
		}
		String order = (filter.order() == TriageFilter.Order.MOST_SUPPORTED)
				? "order by c.support_count desc, c.requested_at, c.id" : "order by c.requested_at, c.id";
		List<ConcernView> views = this.concerns.views(String.join(" and ", where), params, order, filter.limit());
		Map<Long, Long> assignees = assignees(views);
		StaffNames names = new StaffNames(this.accounts);
		return views.stream().map((view) -> {
			Long officer = assignees.get(view.id().value());
			return new TriageItem(view, (officer != null) ? names.of(officer, "OFFICER").name() : null, officer);
		}).toList();
	}

	private Map<Long, Long> assignees(List<ConcernView> views) {
		Map<Long, Long> assignees = new HashMap<>();
		if (views.isEmpty()) {
			return assignees;
		}
		this.jdbc.sql("""
				select distinct on (concern_id) concern_id, officer_account_id from concern_assignments
				where concern_id = any(?::bigint[]) order by concern_id, id desc""")
			.param("{" + views.stream().map((view) -> view.id().toString()).collect(Collectors.joining(",")) + "}")
			.query((rs) -> {
				Long officer = rs.getObject("officer_account_id", Long.class);
				if (officer != null) {
					assignees.put(rs.getLong("concern_id"), officer);
				}
			});
		return assignees;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffConcernView staffView(ConcernId id, TriageScope scope) {
		return this.reader.read(inScope(id, scope));
	}

	@Override
	@Transactional
	public Optional<ReporterContact> revealContact(ConcernId id, TriageScope scope, Actor who, String channel) {
		inScope(id, scope);
		staff(who);
		Optional<Reporter> reporter = this.jdbc.sql("""
				select account_id, contact_name, contact_email, contact_phone from concern_reporters
				where concern_id = ?""")
			.param(id.value())
			.query((rs, row) -> new Reporter(rs.getObject("account_id", Long.class),
					new Contact(rs.getString("contact_name"), rs.getString("contact_email"),
							rs.getString("contact_phone"))))
			.optional()
			.filter((found) -> found.accountId() != null || !found.contact().isEmpty());
		if (reporter.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc
			.sql("insert into concern_contact_views (concern_id, account_id, role, channel, at) values (?, ?, ?, ?, ?)")
			.params(id.value(), who.accountId(), who.role(), "API".equals(channel) ? "API" : "WEB",
					Timestamp.from(this.clock.instant()))
			.update();
		Optional<AccountView> account = Optional.ofNullable(reporter.get().accountId())
			.flatMap(this.accounts::findById);
		return Optional.of(new ReporterContact(reporter.get().contact(),
				account.map(AccountView::displayName).orElse(null), account.map(AccountView::email).orElse(null)));
	}

	@Override
	@Transactional
	public ConcernView changeStatus(ConcernId id, ConcernStatus to, String publicUpdate, Referral referral,
			TriageScope scope, Actor who) {
		ConcernView concern = inScope(id, scope);
		notMerged(id);
		if (to == null) {
			throw TriageRefused.invalid("status", "status.required", "Choose the new status.");
		}
		String update = checkedUpdate(publicUpdate, false);
		Referral checked = (to == ConcernStatus.REFERRED) ? checked(referral) : null;
		if (!concern.status().canTransitionTo(to)) {
			throw ConcernChangeRefused.illegalTransition(id, concern.status(), to);
		}
		ConcernView changed = this.concerns.changeStatus(id, to, who, update);
		if (checked != null) {
			this.jdbc.sql("""
					insert into concern_referrals (concern_id, service, reference, actor_account_id, actor_role, at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id.value(), checked.service(), checked.reference(), who.accountId(), who.role(),
						Timestamp.from(changed.updatedAt()))
				.update();
		}
		return changed;
	}

	@Override
	@Transactional
	public ConcernView postUpdate(ConcernId id, String publicUpdate, TriageScope scope, Actor who) {
		inScope(id, scope);
		notMerged(id);
		staff(who);
		String update = checkedUpdate(publicUpdate, true);
		ConcernStatus status = ConcernStatus
			.valueOf(this.jdbc.sql("select status from concerns where id = ? for update")
				.param(id.value())
				.query(String.class)
				.single());
		Instant now = this.clock.instant();
		this.jdbc.sql("update concerns set updated_at = ? where id = ?")
			.params(Timestamp.from(now), id.value())
			.update();
		this.jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_account_id, actor_role,
					public_update, at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), status.name(), status.name(), who.accountId(), who.role(), update, Timestamp.from(now))
			.update();
		ConcernView view = this.concerns.find(id).orElseThrow(() -> ConcernNotFound.forId(id));
		this.events.publishEvent(new ConcernStatusChanged(id, view.category(), view.beat(), view.district(), status,
				status, update, who.accountId(), now));
		return view;
	}

	@Override
	@Transactional
	public void addNote(ConcernId id, String body, TriageScope scope, Actor who) {
		inScope(id, scope);
		staff(who);
		String text = ConcernRules.plain(body);
		if (text == null) {
			throw TriageRefused.invalid("note", "note.required", "Write the note.");
		}
		if (text.length() > MAX_NOTE) {
			throw TriageRefused.invalid("note", "note.too-long", "A note is at most " + MAX_NOTE + " characters.",
					MAX_NOTE);
		}
		this.jdbc.sql("""
				insert into concern_notes (concern_id, body, author_account_id, author_role, at)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), text, who.accountId(), who.role(), Timestamp.from(this.clock.instant()))
			.update();
	}

	@Override
	@Transactional
	public void publishMediaLink(ConcernId id, boolean publish, TriageScope scope, Actor who) {
		inScope(id, scope);
		staff(who);
		int changed = this.jdbc.sql("""
				update concern_media_links set published_at = ?, published_by = ?, published_role = ?
				where concern_id = ?""")
			.params(publish ? Timestamp.from(this.clock.instant()) : null, publish ? who.accountId() : null,
					publish ? who.role() : null, id.value())
			.update();
		if (changed == 0) {
			throw TriageRefused.invalid("mediaUrl", "mediaUrl.none", "This concern has no link from an app.");
		}
	}

	@Override
	@Transactional
	public void assign(ConcernId id, Long officerAccountId, TriageScope scope, Actor who) {
		ConcernView concern = inScope(id, scope);
		staff(who);
		if (officerAccountId != null && officersOf(concern.district()).stream()
			.noneMatch((officer) -> officerAccountId.equals(officer.accountId()))) {
			throw TriageRefused.invalid("officer", "officer.unknown",
					"Choose an officer of district " + concern.district() + ".", concern.district());
		}
		this.jdbc.sql("select id from concerns where id = ? for update").param(id.value()).query(Long.class).single();
		Long current = this.jdbc.sql("""
				select officer_account_id from concern_assignments where concern_id = ? order by id desc limit 1""")
			.param(id.value())
			.query((rs, row) -> rs.getObject("officer_account_id", Long.class))
			.optional()
			.orElse(null);
		if (java.util.Objects.equals(current, officerAccountId)) {
			return;
		}
		this.jdbc.sql("""
				insert into concern_assignments (concern_id, officer_account_id, actor_account_id, actor_role, at)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), officerAccountId, who.accountId(), who.role(), Timestamp.from(this.clock.instant()))
			.update();
	}

	@Override
	@Transactional
	public ConcernView moderate(ConcernId id, String publicDescription, TriageScope scope, Actor who) {
		inScope(id, scope);
		String text = ConcernRules.plain(publicDescription);
		if (text == null) {
			throw TriageRefused.invalid("publicDescription", "description.required",
					"The public description cannot be empty.");
		}
		if (text.length() > ConcernRules.MAX_DESCRIPTION) {
			throw TriageRefused.invalid("publicDescription", "description.too-long",
					"The public description is at most " + ConcernRules.MAX_DESCRIPTION + " characters.",
					ConcernRules.MAX_DESCRIPTION);
		}
		return this.concerns.moderate(id, text, who);
	}

	@Override
	@Transactional
	public void merge(ConcernId duplicate, ConcernId surviving, TriageScope scope, Actor who) {
		inScope(duplicate, scope);
		staff(who);
		if (surviving == null) {
			throw TriageRefused.invalid("into", "merge.into-required",
					"Enter the number of the concern it duplicates.");
		}
		ConcernView target = this.concerns.find(surviving)
			.orElseThrow(() -> TriageRefused.invalid("into", "merge.unknown", "There is no concern " + surviving + ".",
					surviving.toString()));
		if (!scope.covers(target.district())) {
			throw TriageRefused.outOfScope(surviving);
		}
		this.merges.merge(duplicate, surviving, who);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConcernId> mergedInto(ConcernId id) {
		return Optional.ofNullable(this.merges.mergedInto(id.value())).map(ConcernId::new);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffConcernView.Staff> officersOf(String district) {
		int number;
		try {
			number = Integer.parseInt(district.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			return List.of();
		}
		return this.accounts.officersOf(number)
			.stream()
			.map((officer) -> new StaffConcernView.Staff(officer.id(), officer.displayName(), "OFFICER"))
			.toList();
	}

	private ConcernView inScope(ConcernId id, TriageScope scope) {
		ConcernView concern = this.concerns.find(id).orElseThrow(() -> ConcernNotFound.forId(id));
		if (scope == null || !scope.covers(concern.district())) {
			throw TriageRefused.outOfScope(id);
		}
		return concern;
	}

	private void notMerged(ConcernId id) {
		Long survivor = this.merges.mergedInto(id.value());
		if (survivor != null) {
			throw TriageRefused.mergeRefused("is-merged",
					"Concern " + id + " was merged into " + survivor + "; work on that one.", survivor);
		}
	}

	private static void staff(Actor who) {
		if (who == null || !who.isStaff() || who.accountId() == null) {
			throw ConcernChangeRefused.notStaff((who != null) ? who : new Actor(null, "NOBODY"));
		}
	}

	private static String checkedUpdate(String publicUpdate, boolean required) {
		String update = ConcernRules.plain(publicUpdate);
		if (update == null && required) {
			throw TriageRefused.invalid("publicUpdate", "update.required", "Write the update residents will see.");
		}
		if (update != null && update.length() > JdbcConcerns.MAX_PUBLIC_UPDATE) {
			throw TriageRefused.invalid("publicUpdate", "update.too-long",
					"A public update is at most " + JdbcConcerns.MAX_PUBLIC_UPDATE + " characters.",
					JdbcConcerns.MAX_PUBLIC_UPDATE);
		}
		return update;
	}

	private static Referral checked(Referral referral) {
		String service = (referral != null) ? ConcernRules.plain(referral.service()) : null;
		String reference = (referral != null) ? ConcernRules.plain(referral.reference()) : null;
		if (service == null) {
			throw TriageRefused.invalid("service", "service.required", "Name the city service it was referred to.");
		}
		if (service.length() > MAX_SERVICE) {
			throw TriageRefused.invalid("service", "service.too-long",
					"The service name is at most " + MAX_SERVICE + " characters.", MAX_SERVICE);
		}
		if (reference != null && !REFERENCE.matcher(reference).matches()) {
			throw TriageRefused.invalid("reference", "reference.invalid",
					"A 311 reference has letters, digits and dashes only, such as SR24-01234567.");
		}
		return new Referral(service, reference);
	}

	private record Reporter(Long accountId, Contact contact) {

	}

}
