package org.tradeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A URL serving several representations answers in the one the client weighs highest (RFC 9110
 * 12.5.1); the order of the Accept header only breaks ties between equal weights.
 */
@ApiTest
class ContentNegotiationTest {

	private static final String LIST = "/api/v1/events?topic=tariffs";

	private static final String DETAIL = "/api/v1/events/london-talks";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private ResultActions ok(String uri, String accept) throws Exception {
		return this.mvc.perform(get(uri).header(HttpHeaders.ACCEPT, accept)).andExpect(status().isOk());
	}

	@Test
	void theHighestQualityWinsWhateverItsPlaceInAccept() throws Exception {
		ok("/api/v1/events?size=1", "text/csv;q=0.5, application/json")
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items.length()").value(1));
		ok("/api/v1/events?size=1", "text/calendar;q=0.1, application/json;q=0.9")
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items.length()").value(1));
		ok(DETAIL, "application/json, application/ld+json;q=0.5")
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.slug").value("london-talks"));
		// And the other way round: the weight, not the place, decides.
		ok(LIST, "application/json;q=0.5, text/csv").andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(startsWith("slug,")));
		ok(DETAIL, "application/ld+json, application/json;q=0.5")
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(jsonPath("$['@type']").value("Event"));
		ok(LIST, "*/*;q=0.1, text/calendar;q=0.2")
			.andExpect(content().contentTypeCompatibleWith("text/calendar"));
	}

	@Test
	void equalQualitiesAreTakenInTheirOrder() throws Exception {
		ok(LIST, "text/csv, application/json").andExpect(content().contentTypeCompatibleWith("text/csv"));
		ok(LIST, "application/json, text/csv").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		ok(LIST, "text/calendar;q=0.5, text/csv;q=0.5, application/json;q=0.4")
			.andExpect(content().contentTypeCompatibleWith("text/calendar"));
		ok(DETAIL, "application/ld+json, application/json")
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"));
	}

	/** The read cache keys on the representation answered: one preference never gets another's entry. */
	@Test
	void aCachedAnswerIsServedOnlyToClientsPreferringItsRepresentation() throws Exception {
		String uri = "/api/v1/events?kind=talks";
		for (int round = 0; round < 2; round++) {
			ok(uri, "text/csv;q=0.5, application/json")
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.items").isArray());
			ok(uri, "text/csv, application/json;q=0.5").andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(content().string(startsWith("slug,")));
			ok(uri, "application/json;q=0.2, text/calendar;q=0.3")
				.andExpect(content().contentTypeCompatibleWith("text/calendar"))
				.andExpect(content().string(startsWith("BEGIN:VCALENDAR")));
		}
	}

	/**
	 * RFC 9110 12.5.1: a media type takes the quality of the most specific range matching it, so a
	 * wildcard beside q=0 never readmits the type refused. Each twice: the second may come from the
	 * read cache.
	 */
	@Test
	void aWildcardNeverReadmitsATypeRefusedWithQualityZero() throws Exception {
		for (int round = 0; round < 2; round++) {
			ok("/api/v1/events?kind=talks", "text/calendar;q=0, text/*")
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(content().string(startsWith("slug,")));
			ok(DETAIL, "application/json;q=0, */*").andExpect(content().contentTypeCompatibleWith("application/ld+json"))
				.andExpect(jsonPath("$['@type']").value("Event"));
			notAcceptable("/api/v1/events", "application/json;q=0, text/csv;q=0, text/calendar;q=0, */*");
			notAcceptable("/api/v1/stats", "application/json;q=0, */*");
			notAcceptable("/api/v1/exports/events.csv", "text/csv;q=0, */*");
			notAcceptable(DETAIL, "application/ld+json;q=0, application/json;q=0, application/*");
		}
	}

	/**
	 * Not only q=0: a wildcard weighed above a type the client names weighs that type no more. Between
	 * equal weights the tie is broken as Spring MVC breaks it for the wildcard alone (by name).
	 */
	@Test
	void aNamedTypeKeepsItsOwnQualityBesideAWildcard() throws Exception {
		for (int round = 0; round < 2; round++) {
			ok(LIST, "*/*;q=0.5, application/json;q=0.1").andExpect(content().contentTypeCompatibleWith("text/calendar"));
			ok(LIST, "*/*;q=0.5, application/json;q=0.1, text/calendar;q=0.2")
				.andExpect(content().contentTypeCompatibleWith("text/csv"));
		}
	}

	/** The read cache keys on the representation negotiated, wildcards and all. */
	@Test
	void aCachedAnswerIsNeverServedInATypeTheClientRefused() throws Exception {
		for (int round = 0; round < 2; round++) {
			ok(DETAIL, "*/*").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
			ok(DETAIL, "application/json;q=0, */*").andExpect(content().contentTypeCompatibleWith("application/ld+json"));
			ok(LIST, "text/*").andExpect(content().contentTypeCompatibleWith("text/calendar"));
			ok(LIST, "text/calendar;q=0, text/*").andExpect(content().contentTypeCompatibleWith("text/csv"));
			notAcceptable("/api/v1/stats", "application/json;q=0, */*");
			ok("/api/v1/stats", "*/*").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		}
	}

	/**
	 * An Accept refusing all it names accepts nothing a URL serves, as application/xml: judged before
	 * the event is looked up. A client accepting problem details still gets the one its read meets.
	 */
	@Test
	void anAcceptRefusingEverythingIsRefusedBeforeTheLookup() throws Exception {
		for (String accept : List.of("*/*;q=0", "application/json;q=0", "application/xml")) {
			notAcceptable("/api/v1/events/nope", accept)
				.andExpect(jsonPath("$.detail").value(containsString("application/ld+json")));
		}
		this.mvc.perform(get("/api/v1/events/nope").header(HttpHeaders.ACCEPT, "application/problem+json"))
			.andExpect(status().isNotFound());
	}

	private ResultActions notAcceptable(String uri, String accept) throws Exception {
		return this.mvc.perform(get(uri).header(HttpHeaders.ACCEPT, accept))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().stringValues(HttpHeaders.VARY, hasItem(HttpHeaders.ACCEPT)));
	}

	/**
	 * Spring MVC ranks a GET mapping without produces as the wildcard type, which no concrete Accept
	 * type includes: beside a sibling that declares its type it would lose whatever the weights.
	 */
	@Test
	void everyRepresentationOfAUrlDeclaresItsMediaType() {
		Map<String, List<RequestMappingInfo>> gets = new TreeMap<>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				info.getPatternValues().forEach(pattern -> gets.computeIfAbsent(pattern, k -> new ArrayList<>()).add(info));
			}
		});
		assertThat(gets.get("/api/v1/events")).hasSize(3);
		gets.forEach((pattern, infos) -> {
			if (infos.size() > 1) {
				assertThat(infos).as(pattern)
					.allSatisfy(info -> assertThat(info.getProducesCondition().getProducibleMediaTypes()).isNotEmpty());
			}
		});
	}

	@Test
	void notAcceptableListsWhatTheUrlServes() throws Exception {
		// Whether refused before a handler was chosen, or by the JSON handler a problem+json client reaches.
		for (String accept : List.of("image/png", "application/problem+json", "application/json;q=0",
				"application/json;q=0, text/csv;q=0, text/calendar;q=0, */*")) {
			notAcceptable(LIST, accept).andExpect(jsonPath("$.detail").value(containsString("application/json")))
				.andExpect(jsonPath("$.detail").value(containsString("text/csv")))
				.andExpect(jsonPath("$.detail").value(containsString("text/calendar")));
		}
		for (String accept : List.of("image/png", "application/problem+json")) {
			notAcceptable(DETAIL, accept).andExpect(jsonPath("$.detail").value(containsString("application/json")))
				.andExpect(jsonPath("$.detail").value(containsString("application/ld+json")));
		}
		notAcceptable("/api/v1/topics", "image/png")
			.andExpect(jsonPath("$.detail").value(containsString("application/json")));
		notAcceptable("/api/v1/exports/events.csv", "application/problem+json")
			.andExpect(jsonPath("$.detail").value("Acceptable representations: [text/csv]."));
	}

	/**
	 * A write answers in JSON: a client that accepts no JSON is refused before anything is written,
	 * not told 406 about a change that was made. A delete answers with no body, so Accept is moot.
	 */
	@Test
	void aWriteWhoseAnswerTheClientRefusesIsNotMade() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "negotiating-writer"));
		String event = """
				{"slug": "accept-talks", "title": "Talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-22", "precision": "day"}, "topics": ["tariffs"]}""";
		for (String accept : List.of("application/problem+json", "image/png", "application/json;q=0, text/csv",
				"application/json;q=0, */*", "application/json;q=0, application/*")) {
			MockHttpServletResponse refused = api.send(post("/api/v1/events").header(HttpHeaders.ACCEPT, accept)
				.contentType(MediaType.APPLICATION_JSON)
				.content(event));
			assertThat(refused.getStatus()).as(accept).isEqualTo(406);
			assertThat(refused.getContentType()).as(accept).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(api.get("/api/v1/events/accept-talks?state=all").getStatus()).as(accept).isEqualTo(404);
		}
		assertThat(api.send(post("/api/v1/events").header(HttpHeaders.ACCEPT, "application/*")
			.contentType(MediaType.APPLICATION_JSON)
			.content(event)).getStatus()).isEqualTo(201);

		String uri = "/api/v1/events/accept-talks";
		MockHttpServletResponse patched = api.send(patch(uri).header(HttpHeaders.ACCEPT, "application/problem+json")
			.header(HttpHeaders.IF_MATCH, api.editorEtag(uri))
			.contentType("application/merge-patch+json")
			.content("{\"title\": \"Renamed\"}"));
		assertThat(patched.getStatus()).isEqualTo(406);
		assertThat((String) Api.read(api.get(uri + "?state=all"), "$.title")).isEqualTo("Talks");

		MockHttpServletResponse deleted = api.send(delete(uri).header(HttpHeaders.ACCEPT, "application/problem+json")
			.header(HttpHeaders.IF_MATCH, api.editorEtag(uri)));
		assertThat(deleted.getStatus()).isEqualTo(204);
	}

}
