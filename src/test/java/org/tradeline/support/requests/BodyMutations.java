package org.tradeline.support.requests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.swagger.v3.oas.models.media.Schema;

import static org.tradeline.support.requests.Contract.nodes;
import static org.tradeline.support.requests.Mutation.dotted;

/**
 * Mutations of every field of a body schema: wrong types, values past each documented bound, off
 * the format, enum or pattern, missing, null and unknown fields, int and long boundaries, and long
 * repetitive text.
 */
final class BodyMutations {

	/** Mutations kept whatever the budget: those that cross a documented cap or break a rule. */
	static final Pattern ALWAYS = Pattern.compile(" \\d+ (chars|items)$| (below|above) (minimum|maximum)$| missing$"
			+ "| unknown$| off pattern$| not a code$| repetitive$| at [A-Za-z.]+ bound$");

	/** Far longer than any regular expression should recurse over, yet a body under the 64 KiB cap. */
	static final int REPETITIONS_IN_A_BODY = 15_000;

	private BodyMutations() {
	}

	static List<Mutation> of(Schema<?> schema, JsonNode body, boolean mergePatch) {
		List<Mutation> out = new ArrayList<>();
		collect(schema, body, new ArrayList<>(), out, 0, mergePatch);
		return out;
	}

	/** Every mutation that is always kept, and a seeded random sample of the rest up to size. */
	static List<Mutation> budget(List<Mutation> mutations, int size, Random random) {
		List<Mutation> kept = new ArrayList<>();
		List<Mutation> rest = new ArrayList<>();
		for (Mutation mutation : mutations) {
			(ALWAYS.matcher(mutation.label()).find() ? kept : rest).add(mutation);
		}
		Collections.shuffle(rest, random);
		kept.addAll(rest.subList(0, Math.max(0, Math.min(rest.size(), size - kept.size()))));
		return kept;
	}

	/** The paths of the free-text fields (strings without an enum, format or pattern). */
	static List<List<String>> textFields(Schema<?> schema, List<String> path, int depth) {
		List<List<String>> out = new ArrayList<>();
		if (schema == null || depth > 3) {
			return out;
		}
		if (schema.getProperties() != null) {
			schema.getProperties().forEach((name, property) -> {
				List<String> at = new ArrayList<>(path);
				at.add(name);
				if ("string".equals(property.getType()) && property.getEnum() == null && property.getFormat() == null
						&& property.getPattern() == null) {
					out.add(at);
				}
				out.addAll(textFields(property, at, depth + 1));
			});
		}
		else if ("array".equals(schema.getType()) && schema.getItems() != null) {
			List<String> at = new ArrayList<>(path);
			at.add("0");
			out.addAll(textFields(schema.getItems(), at, depth + 1));
		}
		return out;
	}

	private static void collect(Schema<?> schema, JsonNode node, List<String> path, List<Mutation> out, int depth,
			boolean mergePatch) {
		if (schema == null || depth > 3) {
			return;
		}
		if (schema.getProperties() != null) {
			List<String> extraPath = new ArrayList<>(path);
			extraPath.add("unexpectedField");
			out.add(new Mutation(dotted(extraPath) + " unknown", extraPath, nodes.textNode("x"), Expect.REJECTED));
			List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
			schema.getProperties().forEach((name, property) -> {
				List<String> at = new ArrayList<>(path);
				at.add(name);
				boolean isRequired = required.contains(name);
				if (isRequired && !mergePatch) {
					out.add(new Mutation(dotted(at) + " missing", at, null, Expect.REJECTED));
				}
				out.add(new Mutation(dotted(at) + " null", at, nodes.nullNode(),
						isRequired ? Expect.REJECTED : Expect.ANY));
				values(property, at, out);
				JsonNode child = (node != null) ? node.get(name) : null;
				collect(property, (child != null) ? child : Contract.sample(property, name), at, out, depth + 1,
						mergePatch);
			});
		}
		else if ("array".equals(schema.getType()) && schema.getItems() != null) {
			Schema<?> items = schema.getItems();
			JsonNode first = (node != null && node.isArray() && node.size() > 0) ? node.get(0)
					: Contract.sample(items, path.isEmpty() ? "item" : path.get(path.size() - 1));
			if (schema.getMaxItems() != null) {
				ArrayNode over = nodes.arrayNode();
				for (int i = 0; i <= schema.getMaxItems(); i++) {
					over.add(first.deepCopy());
				}
				out.add(new Mutation(dotted(path) + " " + over.size() + " items", path, over, Expect.REJECTED));
			}
			out.add(new Mutation(dotted(path) + " [null]", path, nodes.arrayNode().addNull(), Expect.ANY));
			List<String> at = new ArrayList<>(path);
			at.add("0");
			if (node == null || !node.isArray() || node.isEmpty()) {
				out.add(new Mutation(dotted(path) + " one item", path, nodes.arrayNode().add(first.deepCopy()),
						Expect.ANY));
			}
			values(items, at, out);
			collect(items, first, at, out, depth + 1, mergePatch);
		}
	}

	/** Values of the wrong type, past the bounds, or off the format, enum or pattern of one field. */
	private static void values(Schema<?> schema, List<String> at, List<Mutation> out) {
		String where = dotted(at);
		String type = String.valueOf(schema.getType());
		switch (type) {
			case "string" -> strings(schema, where, at, out);
			case "integer", "number" -> numbers(schema, type, where, at, out);
			case "boolean" -> out.add(new Mutation(where + " as text", at, nodes.textNode("maybe"), Expect.REJECTED));
			case "array" -> {
				out.add(new Mutation(where + " as string", at, nodes.textNode("x"), Expect.REJECTED));
				out.add(new Mutation(where + " as object", at, nodes.objectNode(), Expect.REJECTED));
			}
			case "object" -> {
				out.add(new Mutation(where + " as array", at, nodes.arrayNode(), Expect.REJECTED));
				out.add(new Mutation(where + " as string", at, nodes.textNode("x"), Expect.REJECTED));
			}
			default -> {
			}
		}
	}

	private static void strings(Schema<?> schema, String where, List<String> at, List<Mutation> out) {
		out.add(new Mutation(where + " as object", at, nodes.objectNode().put("a", 1), Expect.REJECTED));
		out.add(new Mutation(where + " as array", at, nodes.arrayNode().add("a"), Expect.REJECTED));
		out.add(new Mutation(where + " as number", at, nodes.numberNode(12345), Expect.ANY));
		out.add(new Mutation(where + " blank", at, nodes.textNode("   "), Expect.ANY));
		out.add(new Mutation(where + " with NUL", at, nodes.textNode("a\u0000b"), Expect.ANY));
		out.add(new Mutation(where + " lone surrogate", at, nodes.textNode("a\ud800b"), Expect.ANY));
		out.add(new Mutation(where + " right-to-left and emoji", at, nodes.textNode("\u202e\ud83d\ude00"), Expect.ANY));
		String repetitive = ParameterProbes.repetitive(REPETITIONS_IN_A_BODY).get(0);
		out.add(new Mutation(where + " repetitive", at, nodes.textNode(repetitive),
				ParameterProbes.withinLength(schema, repetitive)));
		if (schema.getMaxLength() != null) {
			out.add(new Mutation(where + " " + (schema.getMaxLength() + 1) + " chars", at,
					nodes.textNode("a".repeat(schema.getMaxLength() + 1)), Expect.REJECTED));
		}
		if (schema.getEnum() != null) {
			out.add(new Mutation(where + " not a code", at, nodes.textNode("not-a-code"), Expect.REJECTED));
			out.add(new Mutation(where + " upper case", at,
					nodes.textNode(String.valueOf(schema.getEnum().get(0)).toUpperCase(Locale.ROOT)), Expect.ANY));
		}
		if (schema.getPattern() != null && !Pattern.compile(schema.getPattern()).matcher("Not Valid!").find()) {
			out.add(new Mutation(where + " off pattern", at, nodes.textNode("Not Valid!"), Expect.REJECTED));
		}
		if ("date".equals(schema.getFormat())) {
			for (String date : List.of("2025-02-30", "2025-13-01", "06/05/2025", "2025-06-05T10:00:00Z", "+2025-06-05",
					"")) {
				out.add(new Mutation(where + " date " + date, at, nodes.textNode(date), Expect.REJECTED));
			}
		}
		if ("date-time".equals(schema.getFormat())) {
			for (String time : List.of("2030-13-01T00:00:00Z", "tomorrow", "2030-01-01", "+999999999-12-31T23:59:59Z")) {
				out.add(new Mutation(where + " date-time " + time, at, nodes.textNode(time), Expect.REJECTED));
			}
		}
	}

	private static void numbers(Schema<?> schema, String type, String where, List<String> at, List<Mutation> out) {
		out.add(new Mutation(where + " as text", at, nodes.textNode("many"), Expect.REJECTED));
		out.add(new Mutation(where + " as object", at, nodes.objectNode(), Expect.REJECTED));
		out.add(new Mutation(where + " huge", at, nodes.numberNode(new BigInteger("9".repeat(40))),
				"integer".equals(type) ? Expect.REJECTED : Expect.ANY));
		out.add(new Mutation(where + " 1e400", at, nodes.numberNode(new BigDecimal("1e400")), Expect.ANY));
		if ("integer".equals(type)) {
			out.add(new Mutation(where + " fraction", at, nodes.numberNode(new BigDecimal("1.5")), Expect.ANY));
			for (String bound : List.of("Integer.MAX", "Integer.MAX+1", "Long.MAX", "Long.MAX+1", "Long.MIN-1")) {
				String number = switch (bound) {
					case "Integer.MAX" -> String.valueOf(Integer.MAX_VALUE);
					case "Integer.MAX+1" -> String.valueOf(Integer.MAX_VALUE + 1L);
					case "Long.MAX" -> String.valueOf(Long.MAX_VALUE);
					case "Long.MAX+1" -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).toString();
					default -> BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE).toString();
				};
				out.add(new Mutation(where + " at " + bound + " bound", at, nodes.numberNode(new BigInteger(number)),
						ParameterProbes.withinBounds(schema, number)));
			}
		}
		out.add(new Mutation(where + " negative", at, nodes.numberNode(-1), ParameterProbes.withinBounds(schema, "-1")));
		out.add(new Mutation(where + " zero", at, nodes.numberNode(0), ParameterProbes.withinBounds(schema, "0")));
		if (schema.getMinimum() != null) {
			out.add(new Mutation(where + " below minimum", at,
					nodes.numberNode(schema.getMinimum().subtract(BigDecimal.ONE)), Expect.REJECTED));
		}
		if (schema.getMaximum() != null) {
			out.add(new Mutation(where + " above maximum", at,
					nodes.numberNode(new BigDecimal(ParameterProbes.above(schema.getMaximum()))), Expect.REJECTED));
		}
	}

}
