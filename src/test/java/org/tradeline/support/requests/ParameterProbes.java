package org.tradeline.support.requests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.tradeline.support.requests.Contract.ApiOperation;

/**
 * Probes of path and query parameters: wrong types, values past each documented bound, the
 * boundaries of int and long and beyond for every number, two numbers at their largest at once
 * (a page times a size), long repetitive strings, bad percent-encoding and invalid UTF-8.
 */
final class ParameterProbes {

	/** 0, -1, int and long at their bounds and one past, and a number no integer type holds. */
	static final List<String> NUMERIC_BOUNDARIES = List.of("0", "-1", String.valueOf(Integer.MAX_VALUE),
			BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE).toString(), String.valueOf(Integer.MIN_VALUE),
			String.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).toString(),
			BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE).toString(), "9".repeat(40));

	/** Fits the 16 KB request head, yet is far longer than any regular expression should recurse. */
	static final int REPETITIONS_IN_A_TARGET = 6000;

	private final Random random;

	ParameterProbes(Random random) {
		this.random = random;
	}

	List<Probe> path(ApiOperation op, Map<String, String> values, String query, Probe base) {
		List<Probe> probes = new ArrayList<>();
		for (Parameter parameter : op.parameters("path")) {
			Schema<?> schema = parameter.getSchema();
			Map<String, Expect> bad = new LinkedHashMap<>();
			if ("integer".equals(schema.getType())) {
				// %EF%BC%91 is a fullwidth 1, a digit to Long.valueOf but not to the contract.
				refuse(bad, "abc", "1.5", "%EF%BC%91");
				NUMERIC_BOUNDARIES.forEach(number -> bad.put(number, withinBounds(schema, number)));
			}
			else {
				if (schema.getMaxLength() != null) {
					refuse(bad, "a".repeat(schema.getMaxLength() + 1));
				}
				for (String value : List.of("UPPER-Case", "%C3%B1and%C3%BA", "a%2Fb", "a%00b", "x;jsessionid=1")) {
					bad.put(value, Expect.ANY);
				}
				repetitive(REPETITIONS_IN_A_TARGET).forEach(value -> bad.put(value, withinLength(schema, value)));
			}
			bad.forEach((value, expected) -> probes
				.add(base.withTarget(Baselines.expand(op.template(), values, parameter.getName(), value) + query)
					.withLabel("path " + parameter.getName() + "=" + Oracle.abbreviate(value), expected)));
			for (String raw : List.of("%zz", "%C3%28", "\u00ff")) {
				probes.add(base.withTarget(Baselines.expand(op.template(), values, parameter.getName(), raw) + query)
					.withLabel("raw path " + parameter.getName() + "=" + raw, Expect.ANY)
					.asRaw());
			}
		}
		return probes;
	}

	List<Probe> query(ApiOperation op, String path, Probe base) {
		List<Probe> probes = new ArrayList<>();
		List<Parameter> parameters = op.parameters("query");
		for (Parameter parameter : parameters) {
			String name = parameter.getName();
			Schema<?> schema = parameter.getSchema();
			Map<String, Expect> values = new LinkedHashMap<>();
			switch (String.valueOf(schema.getType())) {
				case "integer" -> {
					refuse(values, "abc", "1.5", "0x10", "%EF%BC%91");
					values.put("", Expect.ANY);
					NUMERIC_BOUNDARIES.forEach(number -> values.put(number, withinBounds(schema, number)));
					if (schema.getMinimum() != null) {
						values.put(schema.getMinimum().subtract(BigDecimal.ONE).toPlainString(), Expect.REJECTED);
					}
					if (schema.getMaximum() != null) {
						values.put(above(schema.getMaximum()), Expect.REJECTED);
					}
				}
				case "boolean" -> {
					refuse(values, "maybe", "2");
					values.put("", Expect.ANY);
				}
				default -> {
					if ("date".equals(schema.getFormat())) {
						refuse(values, "2025-02-30", "2025-6-1", "yesterday", "%2B2025-06-01", "2025-06-01T00:00:00Z");
					}
					if (schema.getMaxLength() != null) {
						values.put("a".repeat(schema.getMaxLength() + 1), Expect.REJECTED);
						values.put("a".repeat(schema.getMaxLength()), Expect.ANY);
					}
					if (schema.getPattern() != null) {
						values.put("not%20a%20match", Expect.REJECTED);
					}
					if (schema.getEnum() != null) {
						values.put("not-a-code", Expect.REJECTED);
					}
					values.put("%E2%80%AEunicode%F0%9F%98%80", Expect.ANY);
					values.put("a%00b", Expect.REJECTED);
					values.put("", Expect.ANY);
					repetitive(REPETITIONS_IN_A_TARGET).forEach(value -> values.put(value, withinLength(schema, value)));
				}
			}
			values.forEach((value, expected) -> probes.add(base.withTarget(path + "?" + name + "=" + value)
				.withLabel("query " + name + "=" + Oracle.abbreviate(value), expected)));
			probes.add(base.withTarget(path + "?" + name + "=" + Contract.sample(schema, name).asText() + "&" + name + "=x")
				.withLabel("query " + name + " twice", Expect.ANY));
			for (String raw : List.of("%zz", "%C3%28", "\u00ff")) {
				probes.add(base.withTarget(path + "?" + name + "=" + raw)
					.withLabel("raw query " + name + "=" + raw, Expect.ANY)
					.asRaw());
			}
		}
		probes.addAll(products(parameters, path, base));
		if (!parameters.isEmpty()) {
			probes.addAll(combinations(parameters, path, base));
		}
		// A read answers 400 naming a parameter the contract does not list (a misspelt filter would
		// otherwise be ignored silently); a write may ignore it.
		probes.add(base.withTarget(path + "?unknownParameter=1")
			.withLabel("unknown query parameter", op.writes() ? Expect.ANY : Expect.REJECTED));
		return probes;
	}

	/**
	 * Two numeric parameters at their largest allowed values together, and the first at its largest
	 * with the second at its smallest: each is valid alone, and a product of them (an offset from a
	 * page and a size) overflows an int.
	 */
	private List<Probe> products(List<Parameter> parameters, String path, Probe base) {
		List<Probe> probes = new ArrayList<>();
		List<Parameter> numbers = parameters.stream().filter(p -> "integer".equals(p.getSchema().getType())).toList();
		for (Parameter a : numbers) {
			for (Parameter b : numbers) {
				if (a == b || a.getSchema().getMaximum() == null || b.getSchema().getMaximum() == null) {
					continue;
				}
				String largestA = a.getSchema().getMaximum().toBigInteger().toString();
				for (BigDecimal valueB : List.of(b.getSchema().getMaximum(), b.getSchema().getMaximum()
					.subtract(BigDecimal.ONE)
					.max((b.getSchema().getMinimum() != null) ? b.getSchema().getMinimum() : BigDecimal.ZERO))) {
					String query = "?" + a.getName() + "=" + largestA + "&" + b.getName() + "="
							+ valueB.toBigInteger();
					probes.add(base.withTarget(path + query).withLabel("largest together " + query, Expect.ANY));
				}
			}
		}
		return probes;
	}

	/** Random combinations: several parameters at once, each valid or not. */
	private List<Probe> combinations(List<Parameter> parameters, String path, Probe base) {
		List<Probe> probes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			StringBuilder query = new StringBuilder();
			boolean invalid = false;
			for (Parameter parameter : parameters) {
				if (this.random.nextInt(3) != 0) {
					continue;
				}
				String value = Contract.sample(parameter.getSchema(), parameter.getName()).asText();
				if (this.random.nextInt(3) == 0 && parameter.getSchema().getMaxLength() != null) {
					value = "z".repeat(parameter.getSchema().getMaxLength() + 1);
					invalid = true;
				}
				query.append(query.length() == 0 ? "?" : "&").append(parameter.getName()).append('=').append(value);
			}
			probes.add(base.withTarget(path + query)
				.withLabel("random query " + query, invalid ? Expect.REJECTED : Expect.ANY));
		}
		return probes;
	}

	/**
	 * Long repetitive strings: groups a slug pattern repeats (a regular expression may recurse once
	 * per group), and a long run that ends off the pattern (one may backtrack).
	 */
	static List<String> repetitive(int repetitions) {
		return List.of("a" + "-a".repeat(repetitions), "a".repeat(repetitions * 2) + "!");
	}

	/** REJECTED when the number is outside the schema's minimum and maximum, else ANY. */
	static Expect withinBounds(Schema<?> schema, String number) {
		BigDecimal value = new BigDecimal(number);
		boolean outside = (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0)
				|| (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0);
		return outside ? Expect.REJECTED : Expect.ANY;
	}

	/** REJECTED when the text is longer than the schema's maxLength, else ANY. */
	static Expect withinLength(Schema<?> schema, String text) {
		return (schema.getMaxLength() != null && text.length() > schema.getMaxLength()) ? Expect.REJECTED : Expect.ANY;
	}

	static String above(BigDecimal maximum) {
		return maximum.add(BigDecimal.ONE).toBigInteger().toString();
	}

	/** Values the contract says are invalid, in the order given. */
	static void refuse(Map<String, Expect> values, String... invalid) {
		for (String value : invalid) {
			values.put(value, Expect.REJECTED);
		}
	}

}
