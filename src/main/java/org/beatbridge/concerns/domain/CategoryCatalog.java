package org.beatbridge.concerns.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.beatbridge.concerns.CategoryAttribute;
import org.beatbridge.concerns.ConcernCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The categories table, read into memory in both languages. The copy is refreshed after a
 * minute, so an edit made through another node shows up without a restart.
 */
@Component
class CategoryCatalog {

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private volatile Snapshot snapshot;

	CategoryCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ConcernCategory> all(Locale locale) {
		return isSpanish(locale) ? current().spanish() : current().english();
	}

	Optional<ConcernCategory> find(String code, Locale locale) {
		return all(locale).stream().filter((category) -> category.code().equals(code)).findFirst();
	}

	static boolean isSpanish(Locale locale) {
		return locale != null && "es".equals(locale.getLanguage());
	}

	private Snapshot current() {
		Snapshot known = this.snapshot;
		if (known == null || known.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
			known = load();
			this.snapshot = known;
		}
		return known;
	}

	private Snapshot load() {
		Map<String, List<CategoryAttribute.Choice>[]> choices = new LinkedHashMap<>();
		this.jdbc.sql("select * from concern_category_attribute_values order by category, attribute, position")
			.query((rs) -> {
				@SuppressWarnings("unchecked")
				List<CategoryAttribute.Choice>[] lists = choices.computeIfAbsent(
						rs.getString("category") + "/" + rs.getString("attribute"),
						(key) -> new List[] { new ArrayList<>(), new ArrayList<>() });
				lists[0].add(new CategoryAttribute.Choice(rs.getString("key"), rs.getString("name_en")));
				lists[1].add(new CategoryAttribute.Choice(rs.getString("key"), rs.getString("name_es")));
			});
		Map<String, List<CategoryAttribute>[]> attributes = new LinkedHashMap<>();
		this.jdbc.sql("select * from concern_category_attributes order by category, position").query((rs) -> {
			String category = rs.getString("category");
			String code = rs.getString("code");
			CategoryAttribute.Datatype datatype = CategoryAttribute.Datatype.valueOf(rs.getString("datatype"));
			List<CategoryAttribute.Choice>[] values = choices.getOrDefault(category + "/" + code,
					new List[] { List.of(), List.of() });
			@SuppressWarnings("unchecked")
			List<CategoryAttribute>[] lists = attributes.computeIfAbsent(category,
					(key) -> new List[] { new ArrayList<>(), new ArrayList<>() });
			lists[0].add(new CategoryAttribute(code, datatype, rs.getBoolean("required"), rs.getString("name_en"),
					rs.getString("hint_en"), rs.getInt("position"), values[0]));
			lists[1].add(new CategoryAttribute(code, datatype, rs.getBoolean("required"), rs.getString("name_es"),
					rs.getString("hint_es"), rs.getInt("position"), values[1]));
		});
		List<ConcernCategory> english = new ArrayList<>();
		List<ConcernCategory> spanish = new ArrayList<>();
		this.jdbc.sql("select * from concern_categories where active order by position, code").query((rs) -> {
			String code = rs.getString("code");
			List<CategoryAttribute>[] lists = attributes.getOrDefault(code, new List[] { List.of(), List.of() });
			english.add(new ConcernCategory(code, rs.getString("name_en"), rs.getString("description_en"),
					rs.getString("group_code"), rs.getString("crime_category"), lists[0]));
			spanish.add(new ConcernCategory(code, rs.getString("name_es"), rs.getString("description_es"),
					rs.getString("group_code"), rs.getString("crime_category"), lists[1]));
		});
		return new Snapshot(List.copyOf(english), List.copyOf(spanish), Instant.now());
	}

	private record Snapshot(List<ConcernCategory> english, List<ConcernCategory> spanish, Instant readAt) {

	}

}
