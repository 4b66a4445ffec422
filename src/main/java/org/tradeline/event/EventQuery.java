package org.tradeline.event;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriUtils;
import org.tradeline.calendar.IsoDate;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.provenance.AsOf;
import org.tradeline.store.Visibility;
import org.tradeline.web.ParameterSyntax;
import org.tradeline.web.Text;
import org.tradeline.web.paging.Paging;

/**
 * A validated events query: filters, order and page, which publication states it shows, and the day
 * it is asked as of (null: now).
 */
record EventQuery(LocalDate from, LocalDate to, String topic, String actor, EventKind kind, String text,
		Boolean disputed, Sort sort, Paging paging, Visibility visibility, AsOf asOf) {

	static final int MAX_TEXT_LENGTH = 200;

	static EventQuery of(LocalDate from, LocalDate to, String topic, String actor, String kind, String q,
			Boolean disputed, String sort, Integer page, Integer size, Visibility visibility) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidParameterException("from", "from (" + from + ") must not be after to (" + to + ")");
		}
		// Composed (NFC), as text is almost always written: "e" and a combining acute find "é".
		String stripped = Text.blankToNull(q);
		String text = (stripped != null) ? Normalizer.normalize(stripped, Normalizer.Form.NFC) : null;
		if (text != null && Text.length(text) > MAX_TEXT_LENGTH) {
			throw new InvalidParameterException("q", "q must be at most " + MAX_TEXT_LENGTH + " characters");
		}
		String topicSlug = ParameterSyntax.slug("topic", Text.blankToNull(topic));
		String actorSlug = ParameterSyntax.slug("actor", Text.blankToNull(actor));
		EventKind parsedKind = (Text.blankToNull(kind) != null) ? EventKind.parse("kind", kind.strip()) : null;
		return new EventQuery(from, to, topicSlug, actorSlug, parsedKind, text, disputed, parseSort(sort),
				Paging.of(page, size), visibility, null);
	}

	/** The same query as of a day: only events some source in print by then reports. */
	EventQuery asOf(AsOf day) {
		return new EventQuery(this.from, this.to, this.topic, this.actor, this.kind, this.text, this.disputed,
				this.sort, this.paging, this.visibility, day);
	}

	/** Whether any filter narrows the events (otherwise every live published event is listed). */
	boolean filters() {
		return this.from != null || this.to != null || this.topic != null || this.actor != null || this.kind != null
				|| this.text != null || this.disputed != null || this.asOf != null || !this.visibility.isPublic();
	}

	/**
	 * The filters as one text, the same however they were asked (order, white space, case of
	 * {@code disputed}): each given one as {@code name=value} in the order of the list's parameters,
	 * values as parsed and percent-encoded, joined by {@code ;}; empty when nothing filters. Order,
	 * paging and visibility choose no events, so they are not in it.
	 */
	String canonicalFilters() {
		StringJoiner filters = new StringJoiner(";");
		BiConsumer<String, Object> add = (name, value) -> {
			if (value != null) {
				filters.add(name + "=" + UriUtils.encode(value.toString(), StandardCharsets.UTF_8));
			}
		};
		add.accept("from", this.from);
		add.accept("to", this.to);
		add.accept("topic", this.topic);
		add.accept("actor", this.actor);
		add.accept("kind", (this.kind != null) ? this.kind.code() : null);
		add.accept("q", this.text);
		add.accept("disputed", this.disputed);
		add.accept("asOf", (this.asOf != null) ? this.asOf.asOf() : null);
		return filters.toString();
	}

	/**
	 * The same validation as the list endpoint, for filters given as text; paging is left at its
	 * default. Exports, feeds and embeds are public: published events only.
	 */
	static EventQuery of(EventFilter filter) {
		return of(date("from", filter.from()), date("to", filter.to()), filter.topic(), filter.actor(), filter.kind(),
				filter.q(), bool("disputed", filter.disputed()), filter.sort(), null, null, Visibility.PUBLIC);
	}

	private static LocalDate date(String parameter, String value) {
		if (Text.blankToNull(value) == null) {
			return null;
		}
		try {
			return IsoDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidParameterException(parameter, parameter + " must be an ISO date (yyyy-MM-dd)");
		}
	}

	private static Boolean bool(String parameter, String value) {
		try {
			return ParameterSyntax.bool(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(parameter, parameter + " must be true or false");
		}
	}

	/** "date" or "title", optionally followed by ",asc" or ",desc"; ties are broken by slug. */
	private static Sort parseSort(String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.by("startDate", "slug");
		}
		String[] parts = sort.strip().split(",", -1);
		String property = switch (parts[0].strip()) {
			case "date" -> "startDate";
			case "title" -> "title";
			default -> throw new InvalidParameterException("sort",
					"sort field must be date or title, not '" + parts[0].strip() + "'");
		};
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length == 2) {
			direction = switch (parts[1].strip().toLowerCase(java.util.Locale.ROOT)) {
				case "asc" -> Sort.Direction.ASC;
				case "desc" -> Sort.Direction.DESC;
				default -> throw new InvalidParameterException("sort", "sort direction must be asc or desc");
			};
		}
		else if (parts.length > 2) {
			throw new InvalidParameterException("sort", "sort must look like date,desc");
		}
		return Sort.by(direction, property).and(Sort.by("slug"));
	}

}
