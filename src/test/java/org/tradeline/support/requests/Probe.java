package org.tradeline.support.requests;

import java.util.ArrayList;
import java.util.List;

/**
 * One request to send: method, a raw target (path and query, encoded as sent), headers in order
 * (a name may repeat), body bytes, and what the answer may be. {@code raw} sends it over a plain
 * socket as given; {@code declaredLength} above the body's length announces a larger body than is
 * sent, to see whether the server waits for it.
 */
public record Probe(String method, String label, String target, List<String[]> headers, byte[] body, Expect expect,
		boolean raw, long declaredLength) {

	public static Probe of(String method, String target) {
		return new Probe(method, "baseline", target, List.of(), null, Expect.ANY, false, -1);
	}

	/** Sets a header (replacing every value it had), or removes it when value is null. */
	public Probe header(String name, String value) {
		List<String[]> changed = new ArrayList<>(this.headers);
		changed.removeIf(h -> h[0].equalsIgnoreCase(name));
		if (value != null) {
			changed.add(new String[] { name, value });
		}
		return new Probe(this.method, this.label, this.target, changed, this.body, this.expect, this.raw,
				this.declaredLength);
	}

	/** The header once more, after the values it has: sent as a second header line. */
	public Probe repeatHeader(String name, String value) {
		List<String[]> changed = new ArrayList<>(this.headers);
		changed.add(new String[] { name, value });
		return new Probe(this.method, this.label, this.target, changed, this.body, this.expect, true,
				this.declaredLength);
	}

	public String header(String name) {
		return this.headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
	}

	public Probe withLabel(String label, Expect expect) {
		return new Probe(this.method, label, this.target, this.headers, this.body, expect, this.raw,
				this.declaredLength);
	}

	public Probe withTarget(String target) {
		return new Probe(this.method, this.label, target, this.headers, this.body, this.expect, this.raw,
				this.declaredLength);
	}

	public Probe withMethod(String method) {
		return new Probe(method, this.label, this.target, this.headers, this.body, this.expect, this.raw,
				this.declaredLength);
	}

	public Probe withBody(String label, byte[] body, Expect expect) {
		return new Probe(this.method, label, this.target, this.headers, body, expect, this.raw, this.declaredLength);
	}

	/** Sends only this body's bytes while announcing declaredLength of them. */
	public Probe unfinished(long declaredLength) {
		return new Probe(this.method, this.label, this.target, this.headers, this.body, this.expect, true,
				declaredLength);
	}

	public Probe asRaw() {
		return new Probe(this.method, this.label, this.target, this.headers, this.body, this.expect, true,
				this.declaredLength);
	}

	boolean isUnfinished() {
		return this.body != null && this.declaredLength > this.body.length;
	}

}
