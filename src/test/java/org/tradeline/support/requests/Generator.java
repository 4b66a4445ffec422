package org.tradeline.support.requests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradeline.support.Editors;
import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.requests.Contract.ApiOperation;

/**
 * Generates the requests for every operation of the contract from its baseline, sends them in a
 * seeded order, and hands each answer to the oracle. After the hostile text of each write, every
 * export is read back and parsed.
 */
public final class Generator {

	static final String ADMIN = "Bearer " + Editors.BOOTSTRAP_ADMIN;

	/**
	 * Unfinished bodies per method the server may wait on before the rest of that method's are left
	 * out: each costs the patience, and two name the defect.
	 */
	static final int UNANSWERED_BODIES_TO_REPORT = 2;

	private final Contract contract;

	private final Transport transport;

	private final Oracle oracle;

	private final StoreFingerprint store;

	private final Random random;

	private final Baselines baselines;

	private final RequestProbes requests;

	private final ParameterProbes parameters;

	private final BodyProbes bodies;

	private final Map<String, String> etags = new HashMap<>();

	private final Map<ApiOperation, String> exportTargets = new LinkedHashMap<>();

	private final Map<ApiOperation, String> exportProblems = new HashMap<>();

	private final Map<String, Integer> unansweredBodies = new HashMap<>();

	private int skippedBodies;

	private int exportsRead;

	private long sendingNanos;

	public Generator(Contract contract, Transport transport, Oracle oracle, StoreFingerprint store, long seed) {
		this.contract = contract;
		this.transport = transport;
		this.oracle = oracle;
		this.store = store;
		this.random = new Random(seed);
		this.baselines = new Baselines(contract, transport, this.random);
		this.requests = new RequestProbes(this.random);
		this.parameters = new ParameterProbes(this.random);
		this.bodies = new BodyProbes(this.baselines, this.random);
	}

	public void run(List<ApiOperation> operations) throws Exception {
		for (ApiOperation op : operations) {
			if (Exports.isExport(op)) {
				this.exportTargets.put(op, Baselines.expand(op.template(), this.baselines.pathValues(op)));
			}
		}
		for (ApiOperation op : operations) {
			generate(op);
		}
		this.oracle.verifyUnchanged();
	}

	public int exportsRead() {
		return this.exportsRead;
	}

	public String report() {
		return "exports read back and parsed: " + this.exportsRead + "; unfinished bodies the server waited on: "
				+ this.unansweredBodies + " by method (after " + UNANSWERED_BODIES_TO_REPORT
				+ " for a method, its other " + this.skippedBodies + " were left out); ms waiting for answers: "
				+ this.sendingNanos / 1_000_000;
	}

	private void generate(ApiOperation op) throws Exception {
		Map<String, String> pathValues = this.baselines.pathValues(op);
		String path = Baselines.expand(op.template(), pathValues);
		Probe base = Probe.of(op.method(), path + this.baselines.query(op));
		if (op.secured() || this.random.nextBoolean()) {
			base = base.header("Authorization", ADMIN);
		}
		ObjectNode baseline = null;
		if (op.bodyType() != null) {
			base = base.header("Content-Type", op.bodyType());
			baseline = this.baselines.body(op, pathValues);
		}
		List<Probe> probes = new ArrayList<>();
		probes.addAll(this.requests.auth(op, base));
		probes.addAll(this.requests.headers(op, base));
		probes.addAll(this.requests.repeatedHeaders(op, base));
		ApiOperation get = this.contract.get(op.template());
		if (!op.writes() || get == null) {
			probes.addAll(this.requests.methods(op, get, base));
		}
		probes.addAll(this.parameters.path(op, pathValues, base.target().contains("?")
				? base.target().substring(base.target().indexOf('?')) : "", base));
		probes.addAll(this.parameters.query(op, path, base));
		if (baseline != null) {
			probes.addAll(this.bodies.mutations(op, base, baseline));
			probes.addAll(this.bodies.wholeBodies(op, base, baseline));
		}
		else if (op.writes()) {
			probes.add(base.withBody("unexpected body", Bytes.utf8("{\"unexpected\": true}"), Expect.BODY_NOT_TAKEN)
				.header("Content-Type", "application/json"));
		}
		if (op.writes()) {
			probes.addAll(this.requests.contentTypes(op, base, baseline));
		}
		for (Probe probe : probes) {
			send(op, path, probe);
		}
		if (baseline != null) {
			for (Probe probe : this.bodies.hostileText(op, base, baseline)) {
				send(op, path, probe);
			}
			readExports(op);
		}
		// The baseline last: for a delete, the resource stays until every mutation was tried.
		send(op, path, (baseline != null) ? BodyProbes.json(base, "baseline", baseline, Expect.ANY) : base);
	}

	/** Every export, read and parsed after the hostile text of one write went in (or was refused). */
	private void readExports(ApiOperation after) throws Exception {
		for (Map.Entry<ApiOperation, String> export : this.exportTargets.entrySet()) {
			Probe read = Probe.of("GET", export.getValue())
				.withLabel("export after the hostile text of " + after.id(), Expect.ANY);
			Response reply = send(export.getKey(), export.getValue(), read);
			String problem = (reply != null) ? Exports.problem(export.getKey().template(), reply) : null;
			// Once broken, an export stays broken: each way it breaks is reported once.
			String how = (problem != null) ? problem.replaceAll(" near .*", "") : null;
			if (how != null && !how.equals(this.exportProblems.put(export.getKey(), how))) {
				this.oracle.fail("GET " + export.getValue() + " [" + read.label() + "]", "export", problem);
			}
			this.exportsRead++;
		}
	}

	private Response send(ApiOperation op, String path, Probe probe) throws Exception {
		if (probe.isUnfinished()
				&& this.unansweredBodies.getOrDefault(probe.method(), 0) >= UNANSWERED_BODIES_TO_REPORT) {
			this.skippedBodies++;
			return null;
		}
		if (op.conditional() && probe.header("If-Match") == null && !"HEAD".equals(probe.method())
				&& !"OPTIONS".equals(probe.method())) {
			probe = probe.header("If-Match", this.etags.computeIfAbsent(path, this::currentEtag));
		}
		if (op.writes() && probe.expect().mayAccept()) {
			// This one may be accepted and change rows: first check the refusals since the last write.
			this.oracle.verifyUnchanged();
		}
		long revision = this.store.revision();
		this.oracle.beforeSending();
		long start = System.nanoTime();
		Response reply = this.transport.send(probe);
		this.sendingNanos += System.nanoTime() - start;
		if (reply == null) {
			this.unansweredBodies.merge(probe.method(), 1, Integer::sum);
			// Let the server notice the closed connection and log what it does about it.
			Thread.sleep(200);
		}
		this.oracle.check(op, path, probe, reply, revision);
		if (reply != null && reply.status() < 400 && op.writes() && !"HEAD".equals(probe.method())
				&& !"OPTIONS".equals(probe.method())) {
			// A write went through: tags read before it may be stale.
			this.etags.clear();
		}
		return reply;
	}

	private String currentEtag(String path) {
		try {
			String etag = this.transport.get(path, "Authorization", ADMIN).header("ETag");
			return (etag != null) ? etag : "\"none\"";
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the ETag of " + path, ex);
		}
	}

}
