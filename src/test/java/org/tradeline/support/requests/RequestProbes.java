package org.tradeline.support.requests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.tradeline.support.requests.Contract.ApiOperation;

import static org.tradeline.support.requests.Bytes.concat;
import static org.tradeline.support.requests.Bytes.utf8;

/**
 * Probes of everything around the path, query and body: tokens, odd and repeated headers, HEAD and
 * OPTIONS, and every write with every content type, with and without a token, including a form
 * body far over the cap that the server must refuse without reading it.
 */
final class RequestProbes {

	/** What an unfinished body announces: far over the 64 KiB cap. */
	static final long ANNOUNCED = 16L * 1024 * 1024;

	/** What an unfinished body actually sends before waiting for the answer. */
	static final int SENT = 128 * 1024;

	static final String BOUNDARY = "tradeline-generated";

	private final Random random;

	RequestProbes(Random random) {
		this.random = random;
	}

	List<Probe> auth(ApiOperation op, Probe base) {
		if (!op.secured()) {
			// A public read takes no token, but a bad one is still refused.
			return List.of(
					base.header("Authorization", "Bearer tl_not-a-real-token").withLabel("unknown token",
							Expect.UNAUTHORIZED),
					base.header("Authorization", "Bearer tl_\u00ff\u00fe")
						.withLabel("non-ASCII token", Expect.UNAUTHORIZED)
						.asRaw());
		}
		return List.of(base.header("Authorization", null).withLabel("no token", Expect.UNAUTHORIZED),
				base.header("Authorization", "Bearer tl_not-a-real-token-" + this.random.nextInt(1000))
					.withLabel("unknown token", Expect.UNAUTHORIZED),
				base.header("Authorization", "Bearer").withLabel("empty bearer", Expect.UNAUTHORIZED),
				base.header("Authorization", "Basic YWRtaW46YWRtaW4=").withLabel("basic credentials",
						Expect.UNAUTHORIZED),
				base.header("Authorization", "Bearer " + "x".repeat(4000)).withLabel("huge token",
						Expect.UNAUTHORIZED),
				base.header("Authorization", "Bearer tl_\u00ff\u00fe")
					.withLabel("non-ASCII token", Expect.UNAUTHORIZED)
					.asRaw());
	}

	List<Probe> headers(ApiOperation op, Probe base) {
		List<Probe> probes = new ArrayList<>();
		for (String accept : List.of("application/xml", "*/*;q=abc", "application/problem+json")) {
			probes.add(base.header("Accept", accept).withLabel("Accept " + accept, Expect.ANY));
		}
		probes.add(base.header("If-None-Match", "garbage\"").withLabel("If-None-Match garbage", Expect.ANY));
		probes.add(base.header("If-Modified-Since", "yesterday").withLabel("If-Modified-Since garbage", Expect.ANY));
		probes.add(base.header("X-Padding", "p".repeat(6000)).withLabel("large header", Expect.ANY));
		probes.add(base.header("X-Odd", "caf\u00e9 \u00ff").withLabel("non-ASCII header value", Expect.ANY).asRaw());
		probes.add(base.header("Origin", "https://evil.example")
			.withLabel("foreign Origin", op.writes() ? Expect.REJECTED : Expect.ANY));
		if (op.conditional()) {
			for (String tag : List.of("garbage", "W/\"weak\"", "\"unterminated", "\"" + "e".repeat(7000) + "\"", "")) {
				probes.add(base.header("If-Match", tag)
					.withLabel("If-Match " + Oracle.abbreviate(tag), Expect.REJECTED));
			}
		}
		return probes;
	}

	/**
	 * The same header twice. Accept: one unacceptable value then the one the operation produces must
	 * be negotiated over both, or refused with 400 (RFC 9110 makes Accept a list). Host: a request
	 * with two is refused (RFC 9112, section 3.2). Content-Type and Authorization: ambiguous, so any
	 * answer below 500 will do, but the oracles on problems, the log and the store still hold.
	 */
	List<Probe> repeatedHeaders(ApiOperation op, Probe base) {
		List<Probe> probes = new ArrayList<>();
		String produced = produced(op);
		if (produced != null) {
			probes.add(base.header("Accept", "image/png")
				.repeatHeader("Accept", produced)
				.withLabel("Accept twice: image/png, " + produced, Expect.NEGOTIATED));
		}
		probes.add(base.header("Accept", "image/png")
			.repeatHeader("Accept", "image/gif")
			.withLabel("Accept twice, neither acceptable", Expect.ANY));
		probes.add(base.header("Host", "localhost")
			.repeatHeader("Host", "evil.example")
			.withLabel("Host twice", Expect.MALFORMED_MESSAGE));
		String token = base.header("Authorization");
		probes.add(base.header("Authorization", "Bearer tl_not-a-real-token")
			.repeatHeader("Authorization", (token != null) ? token : "Bearer tl_other")
			.withLabel("Authorization twice", Expect.ANY));
		if (op.bodyType() != null) {
			probes.add(base.repeatHeader("Content-Type", "text/plain").withLabel("Content-Type twice", Expect.ANY));
		}
		return probes;
	}

	/**
	 * HEAD and OPTIONS on the operation's path. An anonymous HEAD is refused as the GET is: a restricted
	 * read answers 401 whichever way the method is spelt.
	 */
	List<Probe> methods(ApiOperation op, ApiOperation get, Probe base) {
		Probe anonymous = base.header("Authorization", null).withBody(base.label(), null, Expect.ANY)
			.header("Content-Type", null)
			.header("If-Match", null);
		Expect anonymousHead = (get == null) ? Expect.REJECTED : get.secured() ? Expect.UNAUTHORIZED : Expect.ANY;
		return List.of(anonymous.withMethod("HEAD").withLabel("anonymous HEAD", anonymousHead),
				anonymous.withMethod("HEAD").header("Authorization", Generator.ADMIN).withLabel("HEAD with a token",
						(get == null) ? Expect.REJECTED : Expect.ANY),
				anonymous.withMethod("OPTIONS").withLabel("anonymous OPTIONS", Expect.ANY));
	}

	/**
	 * Every write with a body in every content type (form, multipart, text, JSON, none), without a
	 * token and with one, and a form and a multipart body far over the cap, announced but not sent.
	 */
	List<Probe> contentTypes(ApiOperation op, Probe base, ObjectNode baseline) {
		List<Probe> probes = new ArrayList<>();
		byte[] json = utf8((baseline != null) ? baseline.toString() : "{\"unexpected\": true}");
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("application/x-www-form-urlencoded", form(baseline));
		bodies.put("multipart/form-data; boundary=" + BOUNDARY, multipart(json));
		bodies.put("text/plain", utf8("plain text"));
		bodies.put("application/json", json);
		bodies.put(null, json);
		Probe anonymous = base.header("Authorization", null);
		bodies.forEach((type, body) -> {
			boolean taken = type != null && type.equals(op.bodyType());
			probes.add(anonymous.withBody("no token, body as " + type, body,
					taken ? Expect.UNAUTHORIZED : Expect.UNAUTHORIZED_OR_UNSUPPORTED).header("Content-Type", type));
			if (!taken && type != null && !"application/json".equals(type)) {
				// With a token: refused where the operation takes another type; a body-less one may ignore it.
				probes.add(base.withBody("token, body as " + type, body,
						(op.bodyType() != null) ? Expect.REJECTED : Expect.BODY_NOT_TAKEN).header("Content-Type", type));
			}
		});
		byte[] bigForm = utf8("a=" + "x".repeat(SENT - 2));
		byte[] bigPart = multipart(utf8("x".repeat(SENT)));
		for (Probe who : List.of(anonymous, base)) {
			String token = (who == anonymous) ? "no token" : "token";
			probes.add(who.withBody(token + ", form body of " + ANNOUNCED + " bytes", bigForm, Expect.TOO_LARGE)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.unfinished(ANNOUNCED));
			probes.add(who.withBody(token + ", multipart body of " + ANNOUNCED + " bytes", bigPart, Expect.TOO_LARGE)
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.unfinished(ANNOUNCED));
		}
		return probes;
	}

	/** The media type a success answer has, or null for one without a body. */
	private static String produced(ApiOperation op) {
		for (String status : List.of("200", "201")) {
			ApiResponse response = op.operation().getResponses().get(status);
			if (response != null && response.getContent() != null && !response.getContent().isEmpty()) {
				return response.getContent().keySet().iterator().next();
			}
		}
		return null;
	}

	/** The body's top-level scalar fields as a form, or one made-up field. */
	private static byte[] form(ObjectNode body) {
		StringBuilder form = new StringBuilder();
		if (body != null) {
			body.fields().forEachRemaining(field -> {
				JsonNode value = field.getValue();
				if (value.isValueNode()) {
					form.append(form.length() == 0 ? "" : "&")
						.append(field.getKey())
						.append('=')
						.append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
				}
			});
		}
		return utf8((form.length() > 0) ? form.toString() : "a=1");
	}

	private static byte[] multipart(byte[] content) {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"body.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		return concat(utf8(head), content, utf8(tail));
	}

}
