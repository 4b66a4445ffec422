package org.tradeline.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resource written through the API is never created after it was last changed: its created_at is
 * no later than its updated_at, in the store and so in every backup and sync.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class CreatedBeforeUpdatedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyNewRowIsCreatedNoLaterThanItWasUpdated() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "created-before-updated-" + System.nanoTime()));
		assertThat(api.post("/api/v1/actors", """
				{"slug": "stamped-envoy", "name": "An envoy", "kind": "person"}""").getStatus()).isEqualTo(201);
		assertThat(api.post("/api/v1/figures", """
				{"slug": "stamped-figure", "label": "A figure", "amount": 12, "unit": "days"}""").getStatus())
			.isEqualTo(201);
		assertThat(api.post("/api/v1/claims", """
				{"source": 1, "subject": {"type": "figure", "slug": "stamped-figure"}, "attribute": "amount",
				 "value": "12", "valueLabel": "12 days", "excerpt": "twelve days"}""").getStatus()).isEqualTo(201);

		for (Map.Entry<String, String> row : Map.of("actor", "slug = 'stamped-envoy'", "figure",
				"slug = 'stamped-figure'", "claim", "claim_value = '12' and value_label = '12 days'").entrySet()) {
			Map<String, Object> stamps = this.jdbc
				.sql("select created_at, updated_at from " + row.getKey() + " where " + row.getValue())
				.query()
				.singleRow();
			Instant created = instant(stamps.get("created_at"));
			Instant updated = instant(stamps.get("updated_at"));
			assertThat(created).as("%s created_at against updated_at %s", row.getKey(), updated)
				.isBeforeOrEqualTo(updated);
		}
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

}
