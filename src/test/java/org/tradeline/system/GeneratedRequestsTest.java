package org.tradeline.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.support.Editors;
import org.tradeline.support.OpenApiContract;
import org.tradeline.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests generated from openapi.yaml, sent over real HTTP: for every operation a baseline built
 * from the contract's examples, then mutations of it (wrong types, values just past each documented
 * bound, bad formats and codes, missing and unknown fields, null, odd content types, Accept and
 * If-Match values, tokens, bad percent-encoding and invalid UTF-8). Nothing may answer 5xx; every
 * error is a well-formed problem+json; every answer is one openapi.yaml documents for its operation
 * and status; no body leaks a stack trace, class name, SQL or server version; a request the contract
 * says is invalid is refused; and a refused request leaves the database as it was: the store revision
 * does not move, and a hash of every row of every table, taken after each accepted write, still
 * holds before the next request that may write. The seed is printed; -Dtradeline.test.seed=N
 * repeats a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class GeneratedRequestsTest {

	static final long SEED = Long.getLong("tradeline.test.seed", 20250605L);

	static final int MINIMUM_REQUESTS = 1000;

	static final String ADMIN = "Bearer " + Editors.BOOTSTRAP_ADMIN;

	static final ObjectMapper json = new ObjectMapper();

	static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	/** Fields the service keeps unique get a fresh suffix in create bodies, so a valid body can succeed. */
	static final List<String> UNIQUE_FIELDS = List.of("slug", "fileName", "name");

	static final Pattern STACK_OR_CLASS = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|"
			+ "\\b(java|javax|jakarta|org|com|tools|io)\\.[a-z][\\w]*\\.[\\w.$]*[A-Z]\\w*|" + "\\b[A-Z]\\w*(Exception|Error)\\b");

	static final Pattern SERVER_VERSION = Pattern
		.compile("(?i)tomcat|jetty|undertow|hibernate|\\bH2\\b|postgresql \\d|psql|sqlstate|spring boot|\\bjdbc\\b");

	static final Pattern SQL = Pattern
		.compile("(?i)\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate\\s+\\w+\\s+set\\b|\\bdelete from\\b|\\bconstraint\\b");

	static final Pattern BOUNDS = Pattern
		.compile(" \\d+ (chars|items)$| (below|above) (minimum|maximum)$| missing$| unknown$| off pattern$| not a code$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	final Random random = new Random(SEED);

	final List<String> failures = new ArrayList<>();

	final Map<String, Map<Integer, Integer>> counts = new TreeMap<>();

	final Map<String, Integer> unique = new LinkedHashMap<>();

	final Map<String, String> etags = new LinkedHashMap<>();

	final List<String> refusedSinceCheck = new ArrayList<>();

	int fingerprintChecks;

	final TreeMap<String, Integer> slowest = new TreeMap<>(
			Comparator.comparingLong((String s) -> Long.parseLong(s.substring(0, s.indexOf("ms")))).thenComparing(s -> s));

	OpenAPI spec;

	String fingerprint;

	int sent;

	long sendingNanos;

	long validatingNanos;

	long fingerprintingNanos;

	int rejected;

	enum Expect {

		/** Any answer below 500 will do (the request may well be valid). */
		ANY,
		/** The contract says the request is invalid: it must be refused with a 4xx. */
		REJECTED,
		/** The token is missing or bad where one is needed. */
		UNAUTHORIZED

	}

	record Op(String method, String template, Operation operation) {

		String id() {
			return this.operation.getOperationId() != null ? this.operation.getOperationId()
					: this.method + " " + this.template;
		}

		List<Parameter> parameters(String in) {
			return (this.operation.getParameters() != null) ? this.operation.getParameters()
				.stream()
				.filter(p -> in.equals(p.getIn()))
				.toList() : List.of();
		}

		boolean secured() {
			return this.operation.getSecurity() != null && this.operation.getSecurity()
				.stream()
				.anyMatch(requirement -> !requirement.isEmpty());
		}

		boolean conditional() {
			return parameters("header").stream().anyMatch(p -> "If-Match".equals(p.getName()));
		}

	}

	/** One request to send: a raw target (path and query, encoded as sent), headers, body bytes. */
	record Probe(String label, String target, List<String[]> headers, byte[] body, Expect expect, boolean raw) {

		Probe header(String name, String value) {
			List<String[]> changed = new ArrayList<>(this.headers);
			changed.removeIf(h -> h[0].equalsIgnoreCase(name));
			if (value != null) {
				changed.add(new String[] { name, value });
			}
			return new Probe(this.label, this.target, changed, this.body, this.expect, this.raw);
		}

		Probe withLabel(String label, Expect expect) {
			return new Probe(label, this.target, this.headers, this.body, expect, this.raw);
		}

		Probe withTarget(String target) {
			return new Probe(this.label, target, this.headers, this.body, this.expect, this.raw);
		}

		Probe withBody(String label, byte[] body, Expect expect) {
			return new Probe(label, this.target, this.headers, body, expect, this.raw);
		}

		Probe asRaw() {
			return new Probe(this.label, this.target, this.headers, this.body, this.expect, true);
		}

	}

	record Reply(int status, Map<String, List<String>> headers, byte[] body) {

		String contentType() {
			return this.headers.entrySet()
				.stream()
				.filter(h -> "content-type".equalsIgnoreCase(h.getKey()))
				.map(h -> h.getValue().get(0))
				.findFirst()
				.orElse("");
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	@Test
	void everyGeneratedRequestIsAnsweredWithinTheContract() throws Exception {
		System.out.println("GeneratedRequestsTest seed " + SEED + " (repeat with -Dtradeline.test.seed=" + SEED + ")");
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		this.spec = new OpenAPIV3Parser().read(OpenApiContract.SPEC.toString(), null, options);
		List<Op> ops = operations();
		assertThat(ops).as("operations in openapi.yaml").isNotEmpty();
		this.fingerprint = fingerprint();
		for (Op op : ops) {
			generate(op);
		}
		verifyUnchanged();
		report();
		// Every failure, for reading at leisure; the assertion shows the first few.
		Files.write(Path.of("target", "generated-requests-failures.txt"), this.failures);
		assertThat(this.failures).as("%d failures among %d requests (seed %d), first 40:%n%s", this.failures.size(),
				this.sent, SEED, String.join("\n", this.failures.subList(0, Math.min(40, this.failures.size()))))
			.isEmpty();
		assertThat(this.sent).as("requests sent").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
		assertThat(this.counts.keySet()).as("every operation was exercised")
			.containsAll(ops.stream().map(Op::id).toList());
		assertThat(this.rejected).as("requests refused, each checked against the database").isPositive();
		assertThat(this.fingerprintChecks).as("row fingerprints compared").isPositive();
	}

	/** Reads first, then writes, deletes last, so later operations still find the resources. */
	private List<Op> operations() {
		List<String> order = List.of("GET", "PUT", "PATCH", "POST", "DELETE");
		List<Op> ops = new ArrayList<>();
		this.spec.getPaths().forEach((template, item) -> item.readOperationsMap()
			.forEach((method, operation) -> ops.add(new Op(method.name(), template, operation))));
		ops.sort(Comparator.comparing((Op op) -> order.indexOf(op.method())).thenComparing(Op::template));
		return ops;
	}

	// ---------------------------------------------------------------- generation

	private void generate(Op op) throws Exception {
		Map<String, String> pathValues = pathValues(op);
		String path = expand(op.template(), pathValues);
		String query = baselineQuery(op);
		Probe base = new Probe("baseline", path + query, new ArrayList<>(), null, Expect.ANY, false);
		if (op.secured() || this.random.nextBoolean()) {
			base = base.header("Authorization", ADMIN);
		}
		MediaType media = null;
		String contentType = null;
		if (op.operation().getRequestBody() != null) {
			Map.Entry<String, MediaType> entry = op.operation().getRequestBody().getContent().entrySet().iterator().next();
			contentType = entry.getKey();
			media = entry.getValue();
			base = base.header("Content-Type", contentType);
		}
		List<Probe> probes = new ArrayList<>();
		probes.addAll(authProbes(op, base));
		probes.addAll(headerProbes(op, base));
		probes.addAll(pathProbes(op, pathValues, query, base));
		probes.addAll(queryProbes(op, path, base));
		if (media != null) {
			probes.addAll(bodyProbes(op, media, contentType, base, pathValues));
		}
		else if (!"GET".equals(op.method())) {
			probes.add(base.withBody("unexpected body", utf8("{\"unexpected\": true}"), Expect.ANY)
				.header("Content-Type", "application/json"));
		}
		// The baseline last: for a delete, the resource stays until every mutation was tried.
		probes.add((media != null) ? withBody(base, baselineBody(op, media, pathValues), Expect.ANY) : base);
		for (Probe probe : probes) {
			send(op, path, probe);
		}
	}

	private List<Probe> authProbes(Op op, Probe base) {
		Expect missing = op.secured() ? Expect.UNAUTHORIZED : Expect.ANY;
		if (!op.secured()) {
			// A public read takes no token, but a bad one is still refused.
			return List.of(base.header("Authorization", "Bearer tl_not-a-real-token").withLabel("unknown token",
					Expect.UNAUTHORIZED),
					base.header("Authorization", "Bearer tl_\u00ff\u00fe").withLabel("non-ASCII token", Expect.UNAUTHORIZED)
						.asRaw());
		}
		return List.of(base.header("Authorization", null).withLabel("no token", missing),
				base.header("Authorization", "Bearer tl_not-a-real-token-" + this.random.nextInt(1000))
					.withLabel("unknown token", Expect.UNAUTHORIZED),
				base.header("Authorization", "Bearer").withLabel("empty bearer", Expect.UNAUTHORIZED),
				base.header("Authorization", "Basic YWRtaW46YWRtaW4=").withLabel("basic credentials", missing),
				base.header("Authorization", "Bearer " + "x".repeat(4000)).withLabel("huge token", Expect.UNAUTHORIZED),
				base.header("Authorization", "Bearer tl_\u00ff\u00fe").withLabel("non-ASCII token", Expect.UNAUTHORIZED)
					.asRaw());
	}

	private List<Probe> headerProbes(Op op, Probe base) {
		List<Probe> probes = new ArrayList<>();
		for (String accept : List.of("application/xml", "*/*;q=abc", "application/problem+json")) {
			probes.add(base.header("Accept", accept).withLabel("Accept " + accept, Expect.ANY));
		}
		probes.add(base.header("If-None-Match", "garbage\"").withLabel("If-None-Match garbage", Expect.ANY));
		probes.add(base.header("If-Modified-Since", "yesterday").withLabel("If-Modified-Since garbage", Expect.ANY));
		probes.add(base.header("X-Padding", "p".repeat(6000)).withLabel("large header", Expect.ANY));
		probes.add(base.header("X-Odd", "caf\u00e9 \u00ff").withLabel("non-ASCII header value", Expect.ANY).asRaw());
		probes.add(base.header("Origin", "https://evil.example")
			.withLabel("foreign Origin", "GET".equals(op.method()) ? Expect.ANY : Expect.REJECTED));
		if (op.conditional()) {
			for (String tag : List.of("garbage", "W/\"weak\"", "\"unterminated", "\"" + "e".repeat(7000) + "\"",
					"")) {
				probes.add(base.header("If-Match", tag).withLabel("If-Match " + abbreviate(tag), Expect.REJECTED));
			}
		}
		return probes;
	}

	private List<Probe> pathProbes(Op op, Map<String, String> values, String query, Probe base) {
		List<Probe> probes = new ArrayList<>();
		for (Parameter parameter : op.parameters("path")) {
			Schema<?> schema = parameter.getSchema();
			Map<String, Expect> bad = new LinkedHashMap<>();
			if ("integer".equals(schema.getType())) {
				refuse(bad, "abc", "1.5", "-1");
				bad.put("0", schema.getMinimum() != null && schema.getMinimum().signum() > 0 ? Expect.REJECTED
						: Expect.ANY);
				refuse(bad, above(schema.getMaximum()), "99999999999999999999999999");
			}
			else {
				if (schema.getMaxLength() != null) {
					refuse(bad, "a".repeat(schema.getMaxLength() + 1));
				}
				for (String value : List.of("UPPER-Case", "%C3%B1and%C3%BA", "a%2Fb", "a%00b", "x;jsessionid=1")) {
					bad.put(value, Expect.ANY);
				}
			}
			bad.forEach((value, expected) -> probes
				.add(base.withTarget(expand(op.template(), values, parameter.getName(), value) + query)
					.withLabel("path " + parameter.getName() + "=" + abbreviate(value), expected)));
			for (String raw : List.of("%zz", "%C3%28", "\u00ff")) {
				probes.add(base.withTarget(expand(op.template(), values, parameter.getName(), raw) + query)
					.withLabel("raw path " + parameter.getName() + "=" + raw, Expect.ANY)
					.asRaw());
			}
		}
		return probes;
	}

	private List<Probe> queryProbes(Op op, String path, Probe base) {
		List<Probe> probes = new ArrayList<>();
		List<Parameter> parameters = op.parameters("query");
		for (Parameter parameter : parameters) {
			String name = parameter.getName();
			Schema<?> schema = parameter.getSchema();
			Map<String, Expect> values = new LinkedHashMap<>();
			switch (String.valueOf(schema.getType())) {
				case "integer" -> {
					refuse(values, "abc", "1.5", "0x10", "99999999999999999999");
					values.put("", Expect.ANY);
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
				}
			}
			values.forEach((value, expected) -> probes.add(base.withTarget(path + "?" + name + "=" + value)
				.withLabel("query " + name + "=" + abbreviate(value), expected)));
			probes.add(base.withTarget(path + "?" + name + "=" + sample(schema, name).asText() + "&" + name + "=x")
				.withLabel("query " + name + " twice", Expect.ANY));
			for (String raw : List.of("%zz", "%C3%28", "\u00ff")) {
				probes.add(base.withTarget(path + "?" + name + "=" + raw)
					.withLabel("raw query " + name + "=" + raw, Expect.ANY)
					.asRaw());
			}
		}
		if (!parameters.isEmpty()) {
			probes.add(base.withTarget(path + "?unknownParameter=1").withLabel("unknown query parameter", Expect.ANY));
			// Random combinations: several parameters at once, each valid or not.
			for (int i = 0; i < 4; i++) {
				StringBuilder query = new StringBuilder();
				boolean invalid = false;
				for (Parameter parameter : parameters) {
					if (this.random.nextInt(3) != 0) {
						continue;
					}
					String value = sample(parameter.getSchema(), parameter.getName()).asText();
					if (this.random.nextInt(3) == 0 && parameter.getSchema().getMaxLength() != null) {
						value = "z".repeat(parameter.getSchema().getMaxLength() + 1);
						invalid = true;
					}
					query.append(query.length() == 0 ? "?" : "&").append(parameter.getName()).append('=').append(value);
				}
				probes.add(base.withTarget(path + query)
					.withLabel("random query " + query, invalid ? Expect.REJECTED : Expect.ANY));
			}
		}
		return probes;
	}

	private List<Probe> bodyProbes(Op op, MediaType media, String contentType, Probe base,
			Map<String, String> pathValues) throws Exception {
		List<Probe> probes = new ArrayList<>();
		ObjectNode baseline = baselineBody(op, media, pathValues);
		Schema<?> schema = bodySchema(op, media);
		boolean mergePatch = contentType.contains("merge-patch");
		// Each field mutated on its own (and, for a merge patch, sent on its own).
		List<Mutation> mutations = new ArrayList<>();
		JsonNode full = mergePatch ? putExample(op) : baseline;
		collect(schema, (full != null) ? full : baseline, new ArrayList<>(), mutations, 0, mergePatch);
		for (Mutation mutation : budget(mutations, 30)) {
			ObjectNode body = (ObjectNode) ((full != null) ? full : baseline).deepCopy();
			if (!mutation.apply(body)) {
				continue;
			}
			if (mergePatch && !mutation.path().isEmpty()) {
				String top = mutation.path().get(0);
				ObjectNode patch = nodes.objectNode();
				if (body.has(top)) {
					patch.set(top, body.get(top));
				}
				else {
					patch.putNull(top);
				}
				body = patch;
			}
			else if (!mergePatch) {
				freshen(op, body, mutation.path());
			}
			probes.add(withBody(base, body, mutation.expect()).withLabel("body " + mutation.label(), mutation.expect()));
		}
		// Property-based: random combinations of two or three mutations.
		if (!mergePatch && mutations.size() > 3) {
			for (int i = 0; i < 8; i++) {
				ObjectNode body = baseline.deepCopy();
				freshen(op, body, List.of());
				List<String> labels = new ArrayList<>();
				boolean invalid = false;
				List<List<String>> touched = new ArrayList<>();
				for (int k = 0, n = 2 + this.random.nextInt(2); k < n; k++) {
					Mutation mutation = mutations.get(this.random.nextInt(mutations.size()));
					// Mutations of nested places would overwrite one another; keep them apart.
					if (touched.stream().anyMatch(path -> overlaps(path, mutation.path()))) {
						continue;
					}
					touched.add(mutation.path());
					if (mutation.apply(body)) {
						labels.add(mutation.label());
						invalid |= mutation.expect() == Expect.REJECTED;
					}
				}
				Expect expect = invalid ? Expect.REJECTED : Expect.ANY;
				probes.add(withBody(base, body, expect).withLabel("random body " + labels, expect));
			}
		}
		byte[] valid = json.writeValueAsBytes(baseline);
		String text = new String(valid, StandardCharsets.UTF_8);
		Map<String, byte[]> whole = new LinkedHashMap<>();
		whole.put("empty body", new byte[0]);
		whole.put("JSON null", utf8("null"));
		whole.put("array", utf8("[]"));
		whole.put("string", utf8("\"text\""));
		whole.put("number", utf8("42"));
		whole.put("truncated", utf8(text.substring(0, text.length() / 2)));
		whole.put("trailing garbage", utf8(text + " {}"));
		whole.put("two documents", utf8(text + text));
		whole.put("deep nesting", utf8("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"));
		whole.put("long number", utf8("{\"a\": 1" + "0".repeat(5000) + "}"));
		whole.put("over 64 KiB", utf8("{\"a\": \"" + "x".repeat(70_000) + "\"}"));
		whole.put("invalid UTF-8", concat(utf8("{\"a\": \""), new byte[] { (byte) 0xff, (byte) 0xfe }, utf8("\"}")));
		whole.put("overlong UTF-8", concat(utf8(text.substring(0, text.length() - 1) + ", \"b\": \""),
				new byte[] { (byte) 0xc0, (byte) 0xaf }, utf8("\"}")));
		whole.put("comment", utf8("/* hi */" + text));
		whole.put("single quotes", utf8(text.replace('"', '\'')));
		whole.put("duplicate key", utf8(text.substring(0, text.length() - 1) + ", \"" + baseline.fieldNames().next()
				+ "\": null}"));
		whole.forEach((label, bytes) -> probes.add(base.withBody("body " + label, bytes, Expect.REJECTED)));
		probes.add(base.withBody("body with BOM", concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, valid),
				Expect.ANY));
		Map<String, Expect> types = new LinkedHashMap<>();
		types.put(null, Expect.REJECTED);
		types.put("text/plain", Expect.REJECTED);
		types.put("application/xml", Expect.REJECTED);
		types.put("application/x-www-form-urlencoded", Expect.REJECTED);
		types.put("multipart/form-data", Expect.REJECTED);
		types.put("application/octet-stream", Expect.REJECTED);
		types.put("application/json; charset=bogus", Expect.REJECTED);
		types.put("application/json; charset=ISO-8859-1", Expect.ANY);
		types.put("application/json;;;", Expect.ANY);
		types.put("not a media type", Expect.REJECTED);
		types.put(mergePatch ? "application/json" : "application/merge-patch+json", Expect.REJECTED);
		types.forEach((type, expect) -> probes
			.add(base.withBody("Content-Type " + type, valid, expect).header("Content-Type", type)));
		probes.add(base.withBody("UTF-16 body declared UTF-16", text.getBytes(StandardCharsets.UTF_16), Expect.ANY)
			.header("Content-Type", contentType + "; charset=UTF-16"));
		// Jackson detects UTF-16 by its byte order mark whatever the header says; either answer will do.
		probes.add(base.withBody("UTF-16 body declared UTF-8", text.getBytes(StandardCharsets.UTF_16), Expect.ANY));
		return probes;
	}

	// ---------------------------------------------------------------- body mutations

	/** A change to one place in a body: replace the value at path, or remove it (value null). */
	record Mutation(String label, List<String> path, JsonNode value, Expect expect) {

		boolean apply(ObjectNode body) {
			JsonNode parent = body;
			for (int i = 0; i < this.path.size() - 1; i++) {
				parent = child(parent, this.path.get(i));
				if (parent == null || !parent.isContainerNode()) {
					return false;
				}
			}
			String last = this.path.isEmpty() ? null : this.path.get(this.path.size() - 1);
			if (last == null) {
				if (this.value instanceof ObjectNode extra) {
					body.setAll(extra);
					return true;
				}
				return false;
			}
			if (parent instanceof ObjectNode object) {
				if (this.value == null) {
					return object.remove(last) != null;
				}
				object.set(last, this.value.deepCopy());
				return true;
			}
			if (parent instanceof ArrayNode array && isIndex(last) && array.size() > Integer.parseInt(last)) {
				if (this.value == null) {
					array.remove(Integer.parseInt(last));
				}
				else {
					array.set(Integer.parseInt(last), this.value.deepCopy());
				}
				return true;
			}
			return false;
		}

		private static JsonNode child(JsonNode node, String key) {
			return node.isArray() ? (isIndex(key) ? node.get(Integer.parseInt(key)) : null) : node.get(key);
		}

		private static boolean isIndex(String key) {
			return key.chars().allMatch(Character::isDigit);
		}

	}

	private void collect(Schema<?> schema, JsonNode node, List<String> path, List<Mutation> out, int depth,
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
				collect(property, (child != null) ? child : sample(property, name), at, out, depth + 1, mergePatch);
			});
		}
		else if ("array".equals(schema.getType()) && schema.getItems() != null) {
			Schema<?> items = schema.getItems();
			JsonNode first = (node != null && node.isArray() && node.size() > 0) ? node.get(0)
					: sample(items, path.isEmpty() ? "item" : path.get(path.size() - 1));
			if (schema.getMaxItems() != null) {
				ArrayNode over = nodes.arrayNode();
				for (int i = 0; i <= schema.getMaxItems(); i++) {
					over.add(first.deepCopy());
				}
				out.add(new Mutation(dotted(path) + " " + over.size() + " items", path, over, Expect.REJECTED));
			}
			ArrayNode withNull = nodes.arrayNode().addNull();
			out.add(new Mutation(dotted(path) + " [null]", path, withNull, Expect.ANY));
			List<String> at = new ArrayList<>(path);
			at.add("0");
			if (node == null || !node.isArray() || node.isEmpty()) {
				ArrayNode one = nodes.arrayNode().add(first.deepCopy());
				out.add(new Mutation(dotted(path) + " one item", path, one, Expect.ANY));
			}
			values(items, at, out);
			collect(items, first, at, out, depth + 1, mergePatch);
		}
	}

	/**
	 * Every mutation that crosses a documented cap or breaks a rule of the contract, and a seeded
	 * random sample of the rest, so each operation costs a bounded number of requests.
	 */
	private List<Mutation> budget(List<Mutation> mutations, int size) {
		List<Mutation> kept = new ArrayList<>();
		List<Mutation> rest = new ArrayList<>();
		for (Mutation mutation : mutations) {
			(BOUNDS.matcher(mutation.label()).find() ? kept : rest).add(mutation);
		}
		Collections.shuffle(rest, this.random);
		kept.addAll(rest.subList(0, Math.max(0, Math.min(rest.size(), size - kept.size()))));
		return kept;
	}

	/** Values of the wrong type, past the bounds, or off the format, enum or pattern of one field. */
	private void values(Schema<?> schema, List<String> at, List<Mutation> out) {
		String where = dotted(at);
		String type = String.valueOf(schema.getType());
		switch (type) {
			case "string" -> {
				out.add(new Mutation(where + " as object", at, nodes.objectNode().put("a", 1), Expect.REJECTED));
				out.add(new Mutation(where + " as array", at, nodes.arrayNode().add("a"), Expect.REJECTED));
				out.add(new Mutation(where + " as number", at, nodes.numberNode(12345), Expect.ANY));
				out.add(new Mutation(where + " blank", at, nodes.textNode("   "), Expect.ANY));
				out.add(new Mutation(where + " with NUL", at, nodes.textNode("a\u0000b"), Expect.ANY));
				out.add(new Mutation(where + " lone surrogate", at, nodes.textNode("a\ud800b"), Expect.ANY));
				out.add(new Mutation(where + " right-to-left and emoji", at, nodes.textNode("\u202e\ud83d\ude00"),
						Expect.ANY));
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
					for (String date : List.of("2025-02-30", "2025-13-01", "06/05/2025", "2025-06-05T10:00:00Z",
							"+2025-06-05", "")) {
						out.add(new Mutation(where + " date " + date, at, nodes.textNode(date), Expect.REJECTED));
					}
				}
				if ("date-time".equals(schema.getFormat())) {
					for (String time : List.of("2030-13-01T00:00:00Z", "tomorrow", "2030-01-01", "+999999999-12-31T23:59:59Z")) {
						out.add(new Mutation(where + " date-time " + time, at, nodes.textNode(time), Expect.REJECTED));
					}
				}
			}
			case "integer", "number" -> {
				out.add(new Mutation(where + " as text", at, nodes.textNode("many"), Expect.REJECTED));
				out.add(new Mutation(where + " as object", at, nodes.objectNode(), Expect.REJECTED));
				out.add(new Mutation(where + " huge", at, nodes.numberNode(new BigInteger("9".repeat(40))),
						"integer".equals(type) ? Expect.REJECTED : Expect.ANY));
				out.add(new Mutation(where + " 1e400", at, nodes.numberNode(new BigDecimal("1e400")), Expect.ANY));
				out.add(new Mutation(where + " negative", at, nodes.numberNode(-1), Expect.ANY));
				if ("integer".equals(type)) {
					out.add(new Mutation(where + " fraction", at, nodes.numberNode(new BigDecimal("1.5")), Expect.ANY));
				}
				if (schema.getMinimum() != null) {
					out.add(new Mutation(where + " below minimum", at,
							nodes.numberNode(schema.getMinimum().subtract(BigDecimal.ONE)), Expect.REJECTED));
				}
				if (schema.getMaximum() != null) {
					out.add(new Mutation(where + " above maximum", at,
							nodes.numberNode(new BigDecimal(above(schema.getMaximum()))), Expect.REJECTED));
				}
			}
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

	// ---------------------------------------------------------------- baselines from the contract

	/** Path values: the parameter's example, else the first item of the collection its segment names. */
	private Map<String, String> pathValues(Op op) throws Exception {
		Map<String, String> values = new LinkedHashMap<>();
		for (Parameter parameter : op.parameters("path")) {
			String name = parameter.getName();
			Object example = (parameter.getExample() != null) ? parameter.getExample()
					: parameter.getSchema().getExample();
			String value = (example != null) ? String.valueOf(example) : discover(op.template(), name, values);
			if (value == null) {
				value = (parameter.getSchema().getMinimum() != null) ? parameter.getSchema().getMinimum().toPlainString()
						: "1";
			}
			values.put(name, value);
		}
		return values;
	}

	private String discover(String template, String name, Map<String, String> known) throws Exception {
		String before = template.substring(0, template.indexOf("{" + name + "}") - 1);
		String segment = before.substring(before.lastIndexOf('/'));
		for (Map.Entry<String, PathItem> entry : this.spec.getPaths().entrySet()) {
			String list = entry.getKey();
			if (entry.getValue().getGet() == null || !list.endsWith(segment)) {
				continue;
			}
			String path = expand(list, known);
			if (path.contains("{")) {
				continue;
			}
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", ADMIN)
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode items = (response.statusCode() == 200) ? json.readTree(response.body()).path("items")
					: json.missingNode();
			for (JsonNode item : items) {
				if (item.hasNonNull(name)) {
					return item.get(name).asText();
				}
			}
		}
		return null;
	}

	private String baselineQuery(Op op) {
		StringBuilder query = new StringBuilder();
		for (Parameter parameter : op.parameters("query")) {
			if (parameter.getExample() != null && this.random.nextInt(4) == 0) {
				query.append(query.length() == 0 ? "?" : "&")
					.append(parameter.getName())
					.append('=')
					.append(encode(String.valueOf(parameter.getExample())));
			}
		}
		return query.toString();
	}

	private ObjectNode baselineBody(Op op, MediaType media, Map<String, String> pathValues) {
		JsonNode example = (media.getExample() != null) ? json.valueToTree(media.getExample())
				: (media.getExamples() != null && !media.getExamples().isEmpty())
						? json.valueToTree(media.getExamples().values().iterator().next().getValue())
						: sample(media.getSchema(), "body");
		ObjectNode body = example.isObject() ? ((ObjectNode) example).deepCopy() : nodes.objectNode();
		// A replacement names the resource it replaces.
		op.parameters("path").forEach(p -> {
			if (body.has(p.getName()) && !"PATCH".equals(op.method())) {
				body.put(p.getName(), pathValues.get(p.getName()));
			}
		});
		if ("POST".equals(op.method())) {
			freshen(op, body, List.of());
		}
		return body;
	}

	/** The schema a body's fields follow; a merge patch follows the replacement on the same path. */
	private Schema<?> bodySchema(Op op, MediaType media) {
		Schema<?> schema = media.getSchema();
		if (schema.getProperties() == null && "PATCH".equals(op.method())) {
			Operation put = this.spec.getPaths().get(op.template()).getPut();
			if (put != null && put.getRequestBody() != null) {
				return put.getRequestBody().getContent().values().iterator().next().getSchema();
			}
		}
		return schema;
	}

	private JsonNode putExample(Op op) {
		Operation put = this.spec.getPaths().get(op.template()).getPut();
		if (put == null || put.getRequestBody() == null) {
			return null;
		}
		MediaType media = put.getRequestBody().getContent().values().iterator().next();
		return (media.getExample() != null) ? json.valueToTree(media.getExample()) : null;
	}

	/** In a create body, unique fields get a new suffix (unless that field is the one being mutated). */
	private void freshen(Op op, ObjectNode body, List<String> mutated) {
		if (!"POST".equals(op.method())) {
			return;
		}
		for (String field : UNIQUE_FIELDS) {
			if (body.path(field).isTextual() && !(mutated.size() == 1 && mutated.get(0).equals(field))) {
				int n = this.unique.merge(field, 1, Integer::sum);
				String value = body.get(field).asText();
				int dot = value.lastIndexOf('.');
				body.put(field, (dot > 0) ? value.substring(0, dot) + "-g" + n + value.substring(dot) : value + "-g" + n);
			}
		}
	}

	/** A value the schema allows, for fields the examples leave out. */
	private static JsonNode sample(Schema<?> schema, String name) {
		if (schema == null) {
			return nodes.textNode("x");
		}
		if (schema.getExample() != null) {
			return json.valueToTree(schema.getExample());
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return nodes.textNode(String.valueOf(schema.getEnum().get(0)));
		}
		if (schema.getProperties() != null) {
			ObjectNode object = nodes.objectNode();
			List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
			schema.getProperties().forEach((key, value) -> {
				if (required.contains(key)) {
					object.set(key, sample(value, key));
				}
			});
			return object;
		}
		return switch (String.valueOf(schema.getType())) {
			case "integer", "number" -> nodes.numberNode(
					(schema.getMinimum() != null) ? schema.getMinimum().max(BigDecimal.ONE).intValue() : 1);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> nodes.arrayNode().add(sample(schema.getItems(), name));
			default -> nodes.textNode("date".equals(schema.getFormat()) ? "2025-06-05"
					: "date-time".equals(schema.getFormat()) ? "2030-01-01T00:00:00Z" : "sample-" + name);
		};
	}

	// ---------------------------------------------------------------- sending and checking

	private void send(Op op, String path, Probe probe) throws Exception {
		if (op.conditional() && probe.headers().stream().noneMatch(h -> h[0].equals("If-Match"))) {
			probe = probe.header("If-Match", this.etags.computeIfAbsent(path, this::currentEtag));
		}
		if (!"GET".equals(op.method()) && probe.expect() == Expect.ANY) {
			// This one may be accepted and change rows: first check the refusals since the last write.
			verifyUnchanged();
		}
		long t0 = System.nanoTime();
		long revision = revision();
		Reply reply;
		long start = System.nanoTime();
		try {
			reply = probe.raw() ? sendRaw(op.method(), probe) : sendHttp(op.method(), probe);
		}
		catch (IllegalArgumentException ex) {
			// A header or target java.net.http refuses to send: the raw socket sends it as is.
			reply = sendRaw(op.method(), probe);
		}
		this.slowest.put((System.nanoTime() - start) / 1_000_000 + "ms " + op.id() + ": " + abbreviate(probe.label()), 0);
		while (this.slowest.size() > 5) {
			this.slowest.remove(this.slowest.firstKey());
		}
		this.sendingNanos += System.nanoTime() - t0;
		this.sent++;
		this.counts.computeIfAbsent(op.id(), k -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
		check(op, path, probe, reply, revision);
	}

	private void check(Op op, String path, Probe probe, Reply reply, long revisionBefore) throws Exception {
		String what = op.method() + " " + abbreviate(probe.target()) + " [" + op.id() + ": " + abbreviate(probe.label())
				+ "] -> " + reply.status();
		String body = reply.text();
		int status = reply.status();
		if (status >= 500) {
			fail(what, "server error: " + abbreviate(body));
		}
		if (probe.expect() == Expect.REJECTED && (status < 400 || status >= 500)) {
			fail(what, "the contract says this request is invalid, but it was not refused");
		}
		if (probe.expect() == Expect.UNAUTHORIZED && status != 401) {
			fail(what, "expected 401");
		}
		if (status >= 400) {
			problem(what, reply);
		}
		long t1 = System.nanoTime();
		List<String> violations = OpenApiContract.violations(op.method(), path, status, reply.headers(), body);
		this.validatingNanos += System.nanoTime() - t1;
		if (!violations.isEmpty()) {
			fail(what, "not as openapi.yaml documents: " + violations);
		}
		if (STACK_OR_CLASS.matcher(body).find() || SERVER_VERSION.matcher(body).find()) {
			fail(what, "body leaks internals: " + abbreviate(body));
		}
		if (status >= 400 && SQL.matcher(body).find()) {
			fail(what, "error leaks SQL: " + abbreviate(body));
		}
		if (status >= 400) {
			this.rejected++;
			this.refusedSinceCheck.add(what);
			if (revision() != revisionBefore) {
				fail(what, "refused, yet the store revision moved");
			}
		}
		else if (!"GET".equals(op.method())) {
			// A write went through: it is the new reference, and tags read before it may be stale.
			this.fingerprint = fingerprint();
			this.refusedSinceCheck.clear();
			this.etags.clear();
		}
	}

	/**
	 * The rows are as the last accepted write left them, so the requests refused since changed
	 * nothing. Checked before every request that may be accepted, and at the end.
	 */
	private void verifyUnchanged() throws Exception {
		if (this.refusedSinceCheck.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		String now = fingerprint();
		this.fingerprintingNanos += System.nanoTime() - start;
		if (!now.equals(this.fingerprint)) {
			fail(this.refusedSinceCheck.get(0) + " … " + this.refusedSinceCheck.get(this.refusedSinceCheck.size() - 1),
					"stored rows changed while only these " + this.refusedSinceCheck.size() + " refused requests ran");
			this.fingerprint = now;
		}
		this.fingerprintChecks++;
		this.refusedSinceCheck.clear();
	}

	private void problem(String what, Reply reply) {
		if (!reply.contentType().startsWith("application/problem+json")) {
			fail(what, "error as " + reply.contentType() + ", not application/problem+json: " + abbreviate(reply.text()));
			return;
		}
		try {
			JsonNode problem = json.readTree(reply.body());
			if (!problem.isObject() || problem.path("status").asInt() != reply.status()
					|| problem.path("title").asText().isBlank()) {
				fail(what, "malformed problem: " + abbreviate(reply.text()));
			}
		}
		catch (IOException ex) {
			fail(what, "problem body is not JSON: " + abbreviate(reply.text()));
		}
	}

	private void fail(String what, String why) {
		this.failures.add(what + ": " + why);
	}

	private String currentEtag(String path) {
		try {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", ADMIN)
				.build(), HttpResponse.BodyHandlers.discarding());
			return response.headers().firstValue("ETag").orElse("\"none\"");
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("Could not read the ETag of " + path, ex);
		}
	}

	private Reply sendHttp(String method, Probe probe) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(probe.target()))
			.timeout(Duration.ofSeconds(30))
			.method(method, (probe.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(probe.body())
					: HttpRequest.BodyPublishers.noBody());
		probe.headers().forEach(h -> request.header(h[0], h[1]));
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Reply(response.statusCode(), response.headers().map(), response.body());
	}

	/** Bytes as given (ISO-8859-1 maps each char below 256 to one byte), for what java.net.http will not send. */
	private Reply sendRaw(String method, Probe probe) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder(method + " " + probe.target() + " HTTP/1.1\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\nConnection: close\r\n");
		probe.headers().forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\r\n"));
		if (probe.body() != null) {
			head.append("Content-Length: ").append(probe.body().length).append("\r\n");
		}
		head.append("\r\n");
		request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (probe.body() != null) {
			request.writeBytes(probe.body());
		}
		return parse(RawHttp.exchange(this.port, request.toByteArray()));
	}

	private static Reply parse(byte[] bytes) {
		String all = new String(bytes, StandardCharsets.ISO_8859_1);
		int end = all.indexOf("\r\n\r\n");
		assertThat(end).as("a complete HTTP response: %s", abbreviate(all)).isPositive();
		String[] lines = all.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
		boolean chunked = headers.entrySet()
			.stream()
			.anyMatch(h -> "transfer-encoding".equalsIgnoreCase(h.getKey()) && h.getValue().contains("chunked"));
		return new Reply(status, headers, chunked ? dechunk(body) : body);
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < body.length) {
			int lineEnd = at;
			while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
				lineEnd++;
			}
			String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			out.write(body, lineEnd + 2, length);
			at = lineEnd + 2 + length + 2;
		}
		return out.toByteArray();
	}

	// ---------------------------------------------------------------- the database

	private long revision() {
		return this.jdbc.sql("select revision from store_change where id = 1").query(Long.class).single();
	}

	/** Row counts and a hash of every row of every table. */
	private String fingerprint() throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		List<String> tables = this.jdbc.sql("select table_name from information_schema.tables "
				+ "where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")
			.query(String.class)
			.list();
		assertThat(tables).as("tables to fingerprint").contains("event", "claim", "store_change");
		for (String table : tables) {
			List<String> rows = new ArrayList<>(this.jdbc.sql("select * from " + table).query((rs, n) -> {
				int columns = rs.getMetaData().getColumnCount();
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(rs.getString(i)).append('\u0001');
				}
				return row.toString();
			}).list());
			rows.sort(null);
			digest.update((table + ":" + rows.size() + "\n").getBytes(StandardCharsets.UTF_8));
			rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	// ---------------------------------------------------------------- small helpers

	private void report() {
		Map<Integer, Integer> byStatus = new TreeMap<>();
		StringBuilder out = new StringBuilder("Generated requests per operation and status:\n");
		this.counts.forEach((op, statuses) -> {
			out.append(String.format("  %-24s %5d  %s%n", op, statuses.values().stream().mapToInt(i -> i).sum(), statuses));
			statuses.forEach((status, n) -> byStatus.merge(status, n, Integer::sum));
		});
		out.append(String.format("  %-24s %5d  %s%n", "total", this.sent, byStatus));
		out.append("  refused and checked against the database: ").append(this.rejected)
			.append(" (store revision each; row fingerprint over ").append(this.fingerprintChecks).append(" runs of them)");
		out.append(String.format("%n  ms sending %d, validating %d, fingerprinting %d", this.sendingNanos / 1_000_000,
				this.validatingNanos / 1_000_000, this.fingerprintingNanos / 1_000_000));
		out.append("\n  slowest: ").append(this.slowest.descendingKeySet());
		System.out.println(out);
	}

	private URI uri(String target) {
		return URI.create("http://localhost:" + this.port + target);
	}

	private static String expand(String template, Map<String, String> values) {
		String path = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		return path;
	}

	/** The path with one parameter's value replaced. */
	private static String expand(String template, Map<String, String> values, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(values);
		changed.put(name, value);
		return expand(template, changed);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String above(BigDecimal maximum) {
		return maximum.add(BigDecimal.ONE).toBigInteger().toString();
	}

	/** Values the contract says are invalid, in the order given. */
	private static void refuse(Map<String, Expect> values, String... invalid) {
		for (String value : invalid) {
			values.put(value, Expect.REJECTED);
		}
	}

	private static boolean overlaps(List<String> a, List<String> b) {
		int common = Math.min(a.size(), b.size());
		return a.subList(0, common).equals(b.subList(0, common));
	}

	private static String dotted(List<String> path) {
		return path.isEmpty() ? "(body)" : String.join(".", path);
	}

	private static Probe withBody(Probe base, JsonNode body, Expect expect) {
		try {
			return base.withBody(base.label(), json.writeValueAsBytes(body), expect);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() > 160) ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
	}

}
