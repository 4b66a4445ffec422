package org.tradeline.web.paging;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The query of a sync's next link, as a client sends it back. */
class SyncWindowTest {

	private final SyncWindow window = SyncWindow.of("2026-01-01T00:00:00Z", null, null, null, 100);

	@Test
	void aCursorIsLinkedAsItIsWritten() {
		assertThat(this.window.continuation(new SyncWindow.Cursor(Instant.parse("2026-06-10T08:15:30.123456Z"), 42)))
			.isEqualTo("updatedSince=2026-01-01T00:00:00Z&after=2026-06-10T08:15:30.123456Z~42&size=100");
	}

	// A "+" left bare in a query is read as a space, and the link was refused as no cursor.
	@Test
	void aPlusInACursorIsPercentEncoded() {
		String query = this.window.continuation(new SyncWindow.Cursor(Instant.parse("+10000-01-01T00:00:00Z"), 1));
		assertThat(query).isEqualTo("updatedSince=2026-01-01T00:00:00Z&after=%2B10000-01-01T00:00:00Z~1&size=100");
		String after = URLDecoder.decode(query.split("&")[1].substring("after=".length()), StandardCharsets.UTF_8);
		assertThat(SyncWindow.Cursor.parse("after", after))
			.isEqualTo(new SyncWindow.Cursor(Instant.parse("+10000-01-01T00:00:00Z"), 1));
	}

}
