package org.tradeline.support.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

import org.tradeline.support.requests.Contract.ApiOperation;

import static org.tradeline.support.requests.Bytes.concat;
import static org.tradeline.support.requests.Bytes.utf8;
import static org.tradeline.support.requests.Contract.nodes;

/**
 * Probes of a JSON request body: each field mutated on its own, random combinations of two or
 * three mutations, whole bodies that are not the JSON asked for, odd content types and charsets,
 * and text that XML forbids or that reorders what a reader sees in every free-text field.
 */
final class BodyProbes {

	/**
	 * Text a field may carry that breaks an export if it gets in: noncharacters and C0 controls are
	 * characters XML 1.0 forbids (an Atom feed that carries them does not parse); bidi controls left
	 * open reorder whatever follows them. Each class on its own, so that refusing one does not keep
	 * another out.
	 */
	static final Map<String, String> HOSTILE_TEXT = Map.of("noncharacters U+FFFE U+FFFF", "a\uFFFEb\uFFFFc",
			"C0 controls", "a\u0001b\u0008c\u000Bd\u001Fe", "bidi controls", "a\u202Eb\u2066c\u202Bd\u200Fe");

	private final Baselines baselines;

	private final Random random;

	BodyProbes(Baselines baselines, Random random) {
		this.baselines = baselines;
		this.random = random;
	}

	List<Probe> mutations(ApiOperation op, Probe base, ObjectNode baseline) {
		List<Probe> probes = new ArrayList<>();
		boolean mergePatch = op.bodyType().contains("merge-patch");
		JsonNode replacement = mergePatch ? this.baselines.replacementExample(op) : null;
		ObjectNode full = (replacement instanceof ObjectNode object) ? object : baseline;
		List<Mutation> mutations = BodyMutations.of(this.baselines.bodySchema(op), full, mergePatch);
		for (Mutation mutation : BodyMutations.budget(mutations, 30, this.random)) {
			ObjectNode body = mutated(op, full, mutation, mergePatch);
			if (body != null) {
				probes.add(json(base, "body " + mutation.label(), body, mutation.expect()));
			}
		}
		// Property-based: random combinations of two or three mutations.
		if (!mergePatch && mutations.size() > 3) {
			for (int i = 0; i < 8; i++) {
				ObjectNode body = baseline.deepCopy();
				this.baselines.freshen(op, body, List.of());
				List<String> labels = new ArrayList<>();
				List<Mutation> applied = new ArrayList<>();
				boolean invalid = false;
				for (int k = 0, n = 2 + this.random.nextInt(2); k < n; k++) {
					Mutation mutation = mutations.get(this.random.nextInt(mutations.size()));
					// Mutations of nested places would overwrite one another; keep them apart.
					if (applied.stream().noneMatch(mutation::overlaps) && mutation.apply(body)) {
						applied.add(mutation);
						labels.add(mutation.label());
						invalid |= mutation.expect() == Expect.REJECTED;
					}
				}
				Expect expect = invalid ? Expect.REJECTED : Expect.ANY;
				probes.add(json(base, "random body " + labels, body, expect));
			}
		}
		return probes;
	}

	/**
	 * Each free-text field holding each class of hostile text in turn. Either answer is
	 * right; what was accepted must still come out of every export well-formed.
	 */
	List<Probe> hostileText(ApiOperation op, Probe base, ObjectNode baseline) {
		List<Probe> probes = new ArrayList<>();
		boolean mergePatch = op.bodyType().contains("merge-patch");
		JsonNode replacement = mergePatch ? this.baselines.replacementExample(op) : null;
		ObjectNode full = (replacement instanceof ObjectNode object) ? object : baseline;
		Schema<?> schema = this.baselines.bodySchema(op);
		for (List<String> field : BodyMutations.textFields(schema, List.of(), 0)) {
			for (Map.Entry<String, String> text : new TreeMap<>(HOSTILE_TEXT).entrySet()) {
				String label = Mutation.dotted(field) + " " + text.getKey();
				ObjectNode body = mutated(op, full,
						new Mutation(label, field, nodes.textNode(text.getValue()), Expect.ANY), mergePatch);
				if (body != null) {
					probes.add(json(base, "body " + label, body, Expect.ANY));
				}
			}
		}
		return probes;
	}

	/** Bodies that are not one JSON object, and content types and charsets other than the one taken. */
	List<Probe> wholeBodies(ApiOperation op, Probe base, ObjectNode baseline) {
		List<Probe> probes = new ArrayList<>();
		boolean mergePatch = op.bodyType().contains("merge-patch");
		byte[] valid = baseline.toString().getBytes(StandardCharsets.UTF_8);
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
		whole.put("duplicate key",
				utf8(text.substring(0, text.length() - 1) + ", \"" + baseline.fieldNames().next() + "\": null}"));
		whole.forEach((label, bytes) -> probes.add(base.withBody("body " + label, bytes, Expect.REJECTED)));
		probes.add(base.withBody("body with BOM", concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, valid),
				Expect.ANY));
		Map<String, Expect> types = new LinkedHashMap<>();
		types.put(null, Expect.REJECTED);
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data", "application/octet-stream", "application/json; charset=bogus",
				"not a media type", mergePatch ? "application/json" : "application/merge-patch+json")) {
			types.put(type, Expect.REJECTED);
		}
		types.put("application/json; charset=ISO-8859-1", Expect.ANY);
		types.put("application/json;;;", Expect.ANY);
		types.forEach((type, expect) -> probes
			.add(base.withBody("Content-Type " + type, valid, expect).header("Content-Type", type)));
		probes.add(base.withBody("UTF-16 body declared UTF-16", text.getBytes(StandardCharsets.UTF_16), Expect.ANY)
			.header("Content-Type", op.bodyType() + "; charset=UTF-16"));
		// Jackson detects UTF-16 by its byte order mark whatever the header says; either answer will do.
		probes.add(base.withBody("UTF-16 body declared UTF-8", text.getBytes(StandardCharsets.UTF_16), Expect.ANY));
		return probes;
	}

	/**
	 * The body with the mutation applied (null when it does not apply): for a merge patch, only the
	 * top-level field it touched; for a create, with fresh unique fields.
	 */
	private ObjectNode mutated(ApiOperation op, ObjectNode full, Mutation mutation, boolean mergePatch) {
		ObjectNode body = full.deepCopy();
		if (!mutation.apply(body)) {
			return null;
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
			return patch;
		}
		if (!mergePatch) {
			this.baselines.freshen(op, body, mutation.path());
		}
		return body;
	}

	static Probe json(Probe base, String label, JsonNode body, Expect expect) {
		try {
			return base.withBody(label, Contract.json.writeValueAsBytes(body), expect);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
