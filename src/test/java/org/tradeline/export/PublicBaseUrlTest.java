package org.tradeline.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With tradeline.public-base-url set, a request's Host (forged, or an internal name behind a proxy)
 * never reaches a document that leaves the service: every absolute link starts with the configured
 * URL.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.public-base-url=https://news.example/tradeline/")
class PublicBaseUrlTest {

	@Autowired
	MockMvc mvc;

	private String body(String uri, String accept) throws Exception {
		return this.mvc.perform(get(uri).accept(accept).header("Host", "forged.example:8443"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void everyAbsoluteLinkUsesTheConfiguredBaseUrlWhateverTheHost() throws Exception {
		List<String> documents = List.of(body("/api/v1/exports/events.ics?kind=talks", "text/calendar"),
				body("/api/v1/exports/changes.atom?kind=talks", "application/atom+xml"),
				body("/api/v1/events/london-talks", "application/ld+json"),
				body("/api/v1/exports/events/geneva-talks.jsonld", "application/ld+json"),
				body("/embed/snippet?topic=tariffs", "text/plain"));
		assertThat(documents).allSatisfy(document -> assertThat(document).doesNotContain("forged")
			.doesNotContain("localhost")
			.contains("https://news.example/tradeline/"));
		assertThat(documents.get(0)).contains("URL:https://news.example/tradeline/api/v1/events/london-talks");
		assertThat(documents.get(1))
			.contains("href=\"https://news.example/tradeline/api/v1/exports/changes.atom?kind=talks\"");
		assertThat(documents.get(2)).contains("\"@id\":\"https://news.example/tradeline/api/v1/events/london-talks\"");
		assertThat(documents.get(4)).startsWith("<iframe src=\"https://news.example/tradeline/embed/timeline?topic=tariffs\"");
	}

	/** A sync's next page is a link a mirror keeps and polls: under the configured URL, not the Host asked. */
	@Test
	void aSyncLinksItsNextPageUnderTheConfiguredBaseUrl() throws Exception {
		for (String collection : List.of("events", "actors", "figures", "sources")) {
			String link = this.mvc
				.perform(get("/api/v1/" + collection + "?updatedSince=2020-01-01T00:00:00Z&size=1")
					.header("Host", "forged.example:8443"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader("Link");
			assertThat(link).as(collection)
				.startsWith("<https://news.example/tradeline/api/v1/" + collection + "?updatedSince=2020-01-01T00:00:00Z&after=")
				.endsWith("&size=1>; rel=\"next\"");
		}
	}

	/** Without a configured URL an empty Host is refused (it would make links to http://:port/); with one it is moot. */
	@Test
	void anEmptyHostIsTakenWhenLinksComeFromTheConfiguredUrl() throws Exception {
		String calendar = this.mvc.perform(get("/api/v1/exports/events.ics?kind=talks").header("Host", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(calendar).contains("URL:https://news.example/tradeline/api/v1/events/").doesNotContain("//:");
	}

}
