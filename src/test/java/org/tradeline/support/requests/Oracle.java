package org.tradeline.support.requests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.tradeline.support.OpenApiContract;
import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.requests.Contract.ApiOperation;

/**
 * Judges every answer: the status the probe's expectation allows and never a 5xx; every error a
 * well-formed problem+json; the answer one openapi.yaml documents; no internals in a body; a
 * refused request leaves the store as it was; and no client error writes a stack trace or an
 * ERROR line to the log. Each failure names the request and the oracle it broke.
 */
public final class Oracle {

	static final Pattern STACK_OR_CLASS = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|"
			+ "\\b(java|javax|jakarta|org|com|tools|io)\\.[a-z][\\w]*\\.[\\w.$]*[A-Z]\\w*|"
			+ "\\b[A-Z]\\w*(Exception|Error)\\b");

	static final Pattern SERVER_VERSION = Pattern
		.compile("(?i)tomcat|jetty|undertow|hibernate|\\bH2\\b|postgresql \\d|psql|sqlstate|spring boot|\\bjdbc\\b");

	static final Pattern SQL = Pattern.compile(
			"(?i)\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate\\s+\\w+\\s+set\\b|\\bdelete from\\b|\\bconstraint\\b");

	private final StoreFingerprint store;

	private final LogWatch log;

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Map<Integer, Integer>> counts = new TreeMap<>();

	private final List<String> refusedSinceCheck = new ArrayList<>();

	private String fingerprint;

	private String previous = "";

	private int previousStatus;

	private int sent;

	private int refused;

	private int fingerprintChecks;

	private int clientErrorsThatLogged;

	private long validatingNanos;

	private long fingerprintingNanos;

	public Oracle(StoreFingerprint store, LogWatch log) {
		this.store = store;
		this.log = log;
		this.fingerprint = store.rows();
	}

	public List<String> failures() {
		return this.failures;
	}

	public Map<String, Map<Integer, Integer>> counts() {
		return this.counts;
	}

	public int sent() {
		return this.sent;
	}

	public int refused() {
		return this.refused;
	}

	public int fingerprintChecks() {
		return this.fingerprintChecks;
	}

	public int clientErrorsThatLogged() {
		return this.clientErrorsThatLogged;
	}

	/** Call just before sending: log lines written since the last answer belong to that request. */
	void beforeSending() {
		List<String> late = this.log.drain();
		if (!late.isEmpty() && this.previousStatus >= 400 && this.previousStatus < 500) {
			logged(this.previous, late);
		}
	}

	/** Checks one answer; reply null means the server was still waiting for an unfinished body. */
	void check(ApiOperation op, String path, Probe probe, Response reply, long revisionBefore) {
		this.sent++;
		String what = probe.method() + " " + abbreviate(probe.target()) + " [" + op.id() + ": "
				+ abbreviate(probe.label()) + "]";
		if (reply == null) {
			this.counts.computeIfAbsent(op.id(), k -> new TreeMap<>()).merge(0, 1, Integer::sum);
			fail(what + " -> no answer", "body read whole", "announced " + probe.declaredLength()
					+ " bytes, sent " + probe.body().length + ", and the server waited " + Transport.BODY_PATIENCE
					+ " for the rest instead of refusing it; expected " + probe.expect());
			// What the server logs when the client gives up on the body is logged for this request.
			this.previous = what;
			this.previousStatus = 400;
			return;
		}
		int status = reply.status();
		this.counts.computeIfAbsent(op.id(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
		what += " -> " + status;
		this.previous = what;
		this.previousStatus = status;
		String body = reply.text();
		if (status >= 500) {
			fail(what, "no 5xx", abbreviate(body));
		}
		else if (!probe.expect().allows(status)) {
			fail(what, "status", "expected " + probe.expect());
		}
		if (status >= 400) {
			problem(what, probe, reply);
		}
		if (!List.of("HEAD", "OPTIONS").contains(probe.method()) && !probe.expect().protocolLevel(status)) {
			long start = System.nanoTime();
			List<String> violations = OpenApiContract.violations(probe.method(), path, status, reply.headers(), body);
			this.validatingNanos += System.nanoTime() - start;
			if (!violations.isEmpty()) {
				fail(what, "contract", "not as openapi.yaml documents: " + violations);
			}
		}
		if (STACK_OR_CLASS.matcher(body).find() || SERVER_VERSION.matcher(body).find()) {
			fail(what, "leak", "body leaks internals: " + abbreviate(body));
		}
		if (status >= 400 && SQL.matcher(body).find()) {
			fail(what, "leak", "error leaks SQL: " + abbreviate(body));
		}
		List<String> logged = this.log.drain();
		if (status >= 400 && status < 500 && !logged.isEmpty()) {
			logged(what, logged);
		}
		if (status >= 400) {
			this.refused++;
			this.refusedSinceCheck.add(what);
			if (this.store.revision() != revisionBefore) {
				fail(what, "store", "refused, yet the store revision moved");
			}
		}
		else if (op.writes() && !"HEAD".equals(probe.method()) && !"OPTIONS".equals(probe.method())) {
			// A write went through: it is the new reference.
			long start = System.nanoTime();
			this.fingerprint = this.store.rows();
			this.fingerprintingNanos += System.nanoTime() - start;
			this.refusedSinceCheck.clear();
		}
	}

	/**
	 * The rows are as the last accepted write left them, so the requests refused since changed
	 * nothing. Checked before every request that may be accepted, and at the end.
	 */
	void verifyUnchanged() {
		if (this.refusedSinceCheck.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		String now = this.store.rows();
		this.fingerprintingNanos += System.nanoTime() - start;
		if (!now.equals(this.fingerprint)) {
			fail(this.refusedSinceCheck.get(0) + " … " + this.refusedSinceCheck.get(this.refusedSinceCheck.size() - 1),
					"store", "stored rows changed while only these " + this.refusedSinceCheck.size()
							+ " refused requests ran");
			this.fingerprint = now;
		}
		this.fingerprintChecks++;
		this.refusedSinceCheck.clear();
	}

	void fail(String what, String oracle, String why) {
		this.failures.add("[" + oracle + "] " + what + ": " + why);
	}

	private void logged(String what, List<String> lines) {
		this.clientErrorsThatLogged++;
		fail(what, "log", "a client error wrote " + lines.size() + " stack trace/ERROR line(s): " + lines);
	}

	private void problem(String what, Probe probe, Response reply) {
		if (!reply.contentType().startsWith("application/problem+json")) {
			fail(what, "problem+json",
					"error as " + reply.contentType() + ", not application/problem+json: " + abbreviate(reply.text()));
			return;
		}
		if ("HEAD".equals(probe.method())) {
			return;
		}
		try {
			JsonNode problem = Contract.json.readTree(reply.body());
			if (!problem.isObject() || problem.path("status").asInt() != reply.status()
					|| problem.path("title").asText().isBlank()) {
				fail(what, "problem+json", "malformed problem: " + abbreviate(reply.text()));
			}
		}
		catch (IOException ex) {
			fail(what, "problem+json", "problem body is not JSON: " + abbreviate(reply.text()));
		}
	}

	/** The failures grouped by the oracle each broke: a count, then the first few of each. */
	public String failureSummary(int perOracle) {
		Map<String, List<String>> byOracle = new TreeMap<>();
		this.failures.forEach(failure -> byOracle
			.computeIfAbsent(failure.substring(0, failure.indexOf(']') + 1), k -> new ArrayList<>())
			.add(failure));
		StringBuilder out = new StringBuilder();
		byOracle.forEach((oracle, list) -> {
			out.append(String.format("%n%s %d failure(s)%n", oracle, list.size()));
			list.stream().limit(perOracle).forEach(failure -> out.append("    ").append(failure).append('\n'));
		});
		return out.toString();
	}

	/** Requests per operation and status, and the log check, for one database. */
	public String report(String database, LogWatch log) {
		Map<Integer, Integer> byStatus = new TreeMap<>();
		StringBuilder out = new StringBuilder("Generated requests on " + database + " per operation and status"
				+ " (status 0: no answer while the server waited for a body):\n");
		this.counts.forEach((op, statuses) -> {
			out.append(String.format("  %-24s %5d  %s%n", op, statuses.values().stream().mapToInt(i -> i).sum(),
					statuses));
			statuses.forEach((status, n) -> byStatus.merge(status, n, Integer::sum));
		});
		out.append(String.format("  %-24s %5d  %s%n", "total", this.sent, byStatus));
		out.append("  refused and checked against the database: ").append(this.refused)
			.append(" (store revision each; row fingerprint over ").append(this.fingerprintChecks)
			.append(" runs of them)\n");
		out.append(String.format("  ms validating against openapi.yaml %d, fingerprinting rows %d%n",
				this.validatingNanos / 1_000_000, this.fingerprintingNanos / 1_000_000));
		out.append("  log: ").append(log.report()).append("; client errors that logged one: ")
			.append(this.clientErrorsThatLogged);
		return out.toString();
	}

	/** One short line: whitespace runs as one space, invisible and control characters as \\uXXXX. */
	static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		String cut = (flat.length() > 160) ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
		StringBuilder visible = new StringBuilder();
		cut.chars().forEach(c -> {
			boolean invisible = Character.isISOControl(c) || c == 0xfffe || c == 0xffff
					|| Character.getType(c) == Character.FORMAT;
			visible.append(invisible ? String.format("\\u%04X", c) : String.valueOf((char) c));
		});
		return visible.toString();
	}

}
