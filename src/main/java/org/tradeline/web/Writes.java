package org.tradeline.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tradeline.problem.InvalidRequestException.Violation;
import org.tradeline.problem.InvalidRequestException;

/**
 * What every write endpoint shares: Bean Validation plus domain rules collected into one 400, merge
 * patches turned back into full requests, the author of a change, and the time of a soft delete.
 */
@Component
public class Writes {

	private final Validator validator;

	private final JsonMapper mapper;

	Writes(Validator validator, JsonMapper mapper) {
		this.validator = validator;
		this.mapper = mapper;
	}

	/** Starts a list of violations with those Bean Validation finds on the request. */
	public Violations check(Object request) {
		return check(request, "");
	}

	/** The same for a request that stands inside a larger one, its fields named after it ("decisions[0]."). */
	public Violations check(Object request, String prefix) {
		Violations violations = new Violations();
		this.validator.validate(request)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
			// A list element's path ends in a node Bean Validation names "<list element>"; the index says it.
			.forEach(v -> violations.add(prefix + v.getPropertyPath().toString().replaceAll("\\.<[^>]*>", ""),
					v.getMessage()));
		checkText(prefix, request, violations);
		return violations;
	}

	/**
	 * Text must hold only characters {@link Text#forbiddenAt} allows: well-formed Unicode that XML 1.0
	 * can carry (the Atom feed) and every database can store. Walks records and lists.
	 */
	private static void checkText(String path, Object value, Violations violations) {
		if (value instanceof String text) {
			if (!Text.isAllowed(text)) {
				violations.add(path, path + " contains " + Text.FORBIDDEN);
			}
		}
		else if (value instanceof java.util.List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				checkText(path + "[" + i + "]", list.get(i), violations);
			}
		}
		else if (value instanceof Record record) {
			for (var component : record.getClass().getRecordComponents()) {
				try {
					component.getAccessor().setAccessible(true);
					Object child = component.getAccessor().invoke(record);
					checkText((path.isEmpty() || path.endsWith(".")) ? path + component.getName()
							: path + "." + component.getName(), child, violations);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	/** The full request a merge patch yields when applied to the current state. */
	public <T> T patch(T current, JsonNode patch, Class<T> type) {
		if (patch == null || !patch.isObject()) {
			throw new InvalidRequestException("", "A merge patch must be a JSON object");
		}
		JsonNode merged = MergePatch.apply(this.mapper.valueToTree(current), patch);
		try {
			return this.mapper.treeToValue(merged, type);
		}
		catch (JacksonException ex) {
			throw InvalidRequestException.unreadable(ex);
		}
	}

	public JsonNode tree(Object value) {
		return this.mapper.valueToTree(value);
	}

	public <T> T read(String json, Class<T> type) {
		return this.mapper.readValue(json, type);
	}

	public String json(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	/** The author of a write made outside any authenticated request. */
	public static final String NO_TOKEN = "system";

	/** The name of the token the current request authenticated with. */
	public static String author() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : NO_TOKEN;
	}

	/** Now, at the precision both databases store, so a stored timestamp compares equal to it. */
	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/** Violations of one request, thrown together. */
	public static final class Violations {

		private final List<Violation> list = new ArrayList<>();

		public Violations add(String field, String message) {
			this.list.add(new Violation(field, message));
			return this;
		}

		public boolean has(String field) {
			return this.list.stream().anyMatch(v -> v.field().equals(field) || v.field().startsWith(field + "."));
		}

		/** The slug shape, checked only when the value broke no other rule (its length, say) already. */
		public Violations slug(String field, String value) {
			if (value != null && !has(field) && !Text.isSlug(value)) {
				add(field, field + " must be " + Text.SLUG);
			}
			return this;
		}

		/** Reports what was found of one field under another: the field the caller's request set. */
		public Violations blame(String field, String instead) {
			this.list.replaceAll(v -> v.field().equals(field) ? new Violation(instead, v.message()) : v);
			return this;
		}

		public void throwIfAny() {
			if (!this.list.isEmpty()) {
				throw new InvalidRequestException(this.list);
			}
		}

	}

}
