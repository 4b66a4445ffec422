package org.tradeline.backup;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.tradeline.actor.ActorKind;
import org.tradeline.actor.ActorRequest;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.event.EventKind;
import org.tradeline.event.EventRequest;
import org.tradeline.event.Side;
import org.tradeline.figure.FigureRequest;
import org.tradeline.provenance.CitationKind;
import org.tradeline.provenance.ProvenanceRequests;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.ValueType;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;
import org.tradeline.token.ApiTokens;
import org.tradeline.token.Role;
import org.tradeline.web.Characters;
import org.tradeline.web.Text;

/**
 * What an imported text column may hold: the characters every text may ({@link Text}), at most the
 * column's length, and for some columns a shape (a slug, a vocabulary of the API's enums, a code).
 * A column an API write fills is held to the constraints of the request field it comes from, read
 * from that field's own annotations ({@link #api}): its length and whether it may be blank. Lengths
 * are checked first, so no shape is ever checked on an overlong value.
 */
record ColumnRule(int maxLength, boolean notBlank, Predicate<String> shape, String shapeMessage) {

	private static final JsonMapper JSON = new JsonMapper();

	private static final Class<? extends Record> SOURCE = ProvenanceRequests.SOURCE;

	private static final Class<? extends Record> CLAIM = ProvenanceRequests.CLAIM;

	private static final Map<String, ColumnRule> RULES = Map.ofEntries(
			Map.entry("claim_attribute.code", slug(60)), Map.entry("claim_attribute.label", text(120)),
			Map.entry("claim_attribute.subject_type", oneOf(10, SubjectType.values())),
			Map.entry("claim_attribute.value_type", oneOf(10, ValueType.values())),
			Map.entry("topic.slug", slug(80)), Map.entry("topic.name", text(120).required()),
			Map.entry("topic.description", text(500)),
			Map.entry("actor.slug", api(ActorRequest.class, "slug").slug()),
			Map.entry("actor.name", api(ActorRequest.class, "name")),
			Map.entry("actor.kind", oneOf(20, ActorKind.values())),
			Map.entry("actor.country",
					new ColumnRule(2, false, v -> v.length() == 2 && v.chars().allMatch(c -> c >= 'A' && c <= 'Z'),
							"must be a two-letter ISO code such as US or CN")),
			Map.entry("actor.title", api(ActorRequest.class, "title").required()),
			Map.entry("source.file_name", api(SOURCE, "fileName").shaped(ColumnRule::isFileName,
					"may contain only letters, digits, dot, underscore and hyphen, and starts with a letter or digit")),
			Map.entry("source.title", api(SOURCE, "title")), Map.entry("source.outlet", api(SOURCE, "outlet")),
			Map.entry("source.authors", api(SOURCE, "authors")), Map.entry("source.summary", api(SOURCE, "summary")),
			Map.entry("source.url", api(SOURCE, "url").shaped(v -> v.matches(SourceRef.URL),
					"must be an absolute http or https URI (RFC 3986), other characters percent-encoded")),
			Map.entry("source.language", api(SOURCE, "language").shaped(v -> v.matches(SourceRef.LANGUAGE),
					"must be a BCP 47 language tag such as en or zh-Hans")),
			Map.entry("source.published_precision", oneOf(20, PublicationPrecision.values())),
			Map.entry("source.sha256",
					new ColumnRule(64, true, v -> v.length() == 64
							&& v.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')),
							"must be 64 lowercase hex digits")),
			Map.entry("source.state", oneOf(10, PublicationState.values())),
			Map.entry("source_document.content_type", new ColumnRule(10, false, v -> v.equals("TEXT") || v.equals("HTML"),
					"must be TEXT or HTML")),
			Map.entry("source_document.body", text(204_800)),
			Map.entry("ingest_suggestion.subject_type", oneOf(10, SubjectType.values())),
			Map.entry("ingest_suggestion.subject_slug", slug(120)), Map.entry("ingest_suggestion.proposal", text(120)),
			Map.entry("ingest_suggestion.proposal_title", text(200)), Map.entry("ingest_suggestion.attribute", slug(60)),
			Map.entry("ingest_suggestion.claim_value", text(200)), Map.entry("ingest_suggestion.value_label", text(300)),
			Map.entry("ingest_suggestion.excerpt", text(400)), Map.entry("ingest_suggestion.rule", text(80)),
			Map.entry("ingest_suggestion.status", new ColumnRule(10, false,
					v -> v.equals("PENDING") || v.equals("ACCEPTED") || v.equals("REJECTED"),
					"must be PENDING, ACCEPTED or REJECTED")),
			Map.entry("ingest_suggestion.decided_by", text(200)), Map.entry("ingest_suggestion.created_event", slug(120)),
			Map.entry("source_citation.name", api(ProvenanceRequests.CITATION, "name")),
			Map.entry("source_citation.kind", oneOf(20, CitationKind.values())),
			Map.entry("event.slug", api(EventRequest.class, "slug").slug()),
			Map.entry("event.title", api(EventRequest.class, "title")),
			Map.entry("event.summary", api(EventRequest.class, "summary")),
			Map.entry("event.kind", oneOf(20, EventKind.values())),
			Map.entry("event.date_precision", oneOf(20, DatePrecision.values())),
			Map.entry("event.location", api(EventRequest.class, "location").required()),
			Map.entry("event.state", oneOf(10, PublicationState.values())),
			Map.entry("claim.state", oneOf(10, PublicationState.values())),
			Map.entry("event_participant.role", api(EventRequest.ParticipantRequest.class, "role")),
			Map.entry("event_participant.side", oneOf(10, Side.values())),
			Map.entry("figure.slug", api(FigureRequest.class, "slug").slug()),
			Map.entry("figure.label", api(FigureRequest.class, "label")),
			Map.entry("figure.unit", api(FigureRequest.class, "unit")),
			Map.entry("claim.attribute", api(CLAIM, "attribute").slug()),
			Map.entry("claim.claim_value", api(CLAIM, "value")), Map.entry("claim.value_label", api(CLAIM, "valueLabel")),
			Map.entry("claim.excerpt", api(CLAIM, "excerpt")),
			Map.entry("event_revision.action", text(20)), Map.entry("event_revision.author", text(100)),
			Map.entry("event_revision.changes", revisionChanges()), Map.entry("source_revision.action", text(20)),
			Map.entry("source_revision.author", text(100)), Map.entry("source_revision.changes", revisionChanges()),
			Map.entry("api_token.name", slug(100).shaped(v -> Text.isSlug(v) && !ApiTokens.RESERVED_NAMES.contains(v),
					"must be " + Text.SLUG + " and none the API reserves for the authors of revisions made without "
							+ "a stored token " + new java.util.TreeSet<>(ApiTokens.RESERVED_NAMES))),
			Map.entry("api_token.role", oneOf(10, Role.values())), Map.entry("api_token.created_by", text(100)));

	/** Why the value does not fit the column ("table.column"), or null if it does. */
	static String problem(String column, String value) {
		ColumnRule rule = RULES.get(column);
		if (rule == null) {
			throw new IllegalStateException("No rule for the text column " + column);
		}
		if (Text.length(value) > rule.maxLength()) {
			return "must be at most " + rule.maxLength() + " characters";
		}
		if (!Text.isAllowed(value)) {
			return "contains " + Text.FORBIDDEN;
		}
		if (rule.notBlank() && value.isBlank()) {
			return "must not be blank";
		}
		return rule.shape().test(value) ? null : rule.shapeMessage();
	}

	/**
	 * Up to 200,000 characters; what the revision reads parse is checked by the row's check, which
	 * reads it once ({@link #revisionChanges(String)}).
	 */
	private static ColumnRule revisionChanges() {
		return text(200_000);
	}

	/** Why {@link #revisionChanges(String)} refused a revision's changes. */
	static final String NOT_REVISION_CHANGES = "must be JSON text of an object with changed (a list of field names), "
			+ "before (an object, or null) and after (an object)";

	/**
	 * A revision's changes as the revision reads parse them: JSON text of an object with the changed
	 * fields' names, the state after and the state before (null or absent for a creation); null when
	 * it is not, as it would then be stored and fail every read of that history.
	 */
	static JsonNode revisionChanges(String value) {
		JsonNode changes;
		try {
			changes = JSON.readTree(value);
		}
		catch (JacksonException ex) {
			return null;
		}
		JsonNode before = changes.path("before");
		boolean fits = changes.isObject() && changes.path("changed").isArray()
				&& changes.path("changed").valueStream().allMatch(JsonNode::isString) && changes.path("after").isObject()
				&& (before.isMissingNode() || before.isNull() || before.isObject());
		return fits ? changes : null;
	}

	/**
	 * The rule of a column the API fills from the named component of a request record: at most its
	 * {@link Characters#max()}, counted as the API counts it, and not blank if it is {@link NotBlank}.
	 * Its other constraints (patterns) are shapes, given with {@link #shaped} or {@link #slug()}.
	 */
	static ColumnRule api(Class<? extends Record> request, String component) {
		Characters length = field(request, component).getAnnotation(Characters.class);
		if (length == null) {
			throw new IllegalStateException(request.getSimpleName() + "." + component + " has no @Characters");
		}
		return new ColumnRule(length.max(), field(request, component).isAnnotationPresent(NotBlank.class), v -> true,
				null);
	}

	/** The {@link Size#max()} of the named list component of a request record. */
	static int maxSize(Class<? extends Record> request, String component) {
		Size size = field(request, component).getAnnotation(Size.class);
		if (size == null) {
			throw new IllegalStateException(request.getSimpleName() + "." + component + " has no @Size");
		}
		return size.max();
	}

	private static Field field(Class<? extends Record> request, String component) {
		try {
			return request.getDeclaredField(component);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(request.getSimpleName() + " has no field " + component, ex);
		}
	}

	/**
	 * Not blank either: for a column the API stores blank values of as none ({@link Text#blankToNull},
	 * or seeds only), so that a blank one cannot come from it.
	 */
	ColumnRule required() {
		return new ColumnRule(this.maxLength, true, this.shape, this.shapeMessage);
	}

	ColumnRule slug() {
		return shaped(Text::isSlug, "must be " + Text.SLUG);
	}

	ColumnRule shaped(Predicate<String> shape, String message) {
		return new ColumnRule(this.maxLength, this.notBlank, shape, message);
	}

	private static ColumnRule text(int maxLength) {
		return new ColumnRule(maxLength, false, v -> true, null);
	}

	private static ColumnRule slug(int maxLength) {
		return text(maxLength).slug();
	}

	private static ColumnRule oneOf(int maxLength, Enum<?>... values) {
		Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
		return new ColumnRule(maxLength, false, names::contains, "must be one of " + new java.util.TreeSet<>(names));
	}

	private static boolean isFileName(String value) {
		if (value.isEmpty() || value.charAt(0) == '.' || value.charAt(0) == '_' || value.charAt(0) == '-') {
			return false;
		}
		return value.chars()
			.allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '_' || c == '-');
	}

}
