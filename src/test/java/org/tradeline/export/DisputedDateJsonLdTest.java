package org.tradeline.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * JSON-LD's startDate is the event's own date; when the sources disagree on the date (or on anything
 * else no disputedAttendee gives) the description says so, with every side and its sources, as
 * iCalendar and Atom do, so no reader takes the date for settled.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class DisputedDateJsonLdTest {

	private static final String CLAIM = """
			{"source": %d, "subject": {"type": "event", "slug": "%s"}, "attribute": "start-date",
			 "value": "%s", "valueLabel": "%s", "excerpt": "the talks began %<s"}""";

	@Autowired
	MockMvc mvc;

	@Test
	void aDisputedDateIsGivenWithEverySideInTheDescription() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "disputed-date-" + System.nanoTime()));
		String slug = "disputed-date-talks";
		assertThat(api.post("/api/v1/events", """
				{"slug": "%s", "title": "Trade talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-09", "precision": "day"}, "topics": ["tariffs"],
				 "participants": [{"actor": "he-lifeng", "role": "Vice Premier", "side": "china"}]}"""
			.formatted(slug)).getStatus()).isEqualTo(201);
		assertThat(api.post("/api/v1/claims", CLAIM.formatted(1, slug, "2025-06-09", "on June 9")).getStatus())
			.isEqualTo(201);
		String undisputed = jsonLd(slug);
		assertThat(JsonPath.<String>read(undisputed, "$.description")).isEqualTo("Negotiators met.");

		assertThat(api.post("/api/v1/claims", CLAIM.formatted(2, slug, "2025-06-11", "on June 11")).getStatus())
			.isEqualTo(201);
		String disputed = jsonLd(slug);
		assertThat(JsonPath.<String>read(disputed, "$.startDate")).isEqualTo("2025-06-09");
		assertThat(JsonPath.<String>read(disputed, "$.description")).startsWith("Negotiators met. Disputed — ")
			.contains("on June 9", "on June 11")
			.endsWith(").");
		// The event's detail has the same dispute, and no participant is part of it.
		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/events/" + slug),
				"$.disputes[*].attribute")).containsExactly("start-date");
		assertThat(JsonPath.<Object>read(disputed, "$.disputedAttendee")).asList().isEmpty();
	}

	private String jsonLd(String slug) throws Exception {
		return this.mvc.perform(get("/api/v1/exports/events/" + slug + ".jsonld").accept(MediaType.ALL))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
