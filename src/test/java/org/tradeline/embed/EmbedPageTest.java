package org.tradeline.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page's markup; how it behaves in a browser is {@link EmbedBrowserTest}'s job. */
@ApiTest
class EmbedPageTest {

	@Autowired
	MockMvc mvc;

	private String page(String query) throws Exception {
		return this.mvc.perform(get("/embed/timeline" + query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void isSelfContainedWithNoExternalResources() throws Exception {
		String html = page("");
		assertThat(html).startsWith("<!doctype html>").contains("<style>", "<script>");
		assertThat(html).doesNotContain("<link", "src=\"http", "@import", "url(", "fonts.googleapis");
	}

	@Test
	void contentSecurityPolicyAllowsOnlyThePagesOwnStyleAndScriptByHash() throws Exception {
		MvcResult result = this.mvc.perform(get("/embed/timeline?topic=tariffs")).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		List<String> directives = Arrays.stream(policy.split(";")).map(String::strip).toList();
		assertThat(directives).containsExactlyInAnyOrder("default-src 'none'",
				"script-src '" + sha256(between(html, "<script>", "</script>")) + "'",
				"style-src '" + sha256(between(html, "<style>", "</style>")) + "'", "base-uri 'none'",
				"form-action 'self'", "frame-ancestors *");
		// One inline element of each, and no inline handlers or style attributes the hashes would not cover.
		assertThat(html.split("<script", -1)).hasSize(2);
		assertThat(html.split("<style", -1)).hasSize(2);
		assertThat(html).doesNotContain(" style=\"", " onclick=", " onload=");
		// Hashes, not nonces: the same page is the same bytes, so it can be cached.
		assertThat(this.mvc.perform(get("/embed/timeline?topic=tariffs")).andReturn().getResponse()
			.getHeader("Content-Security-Policy")).isEqualTo(policy);
	}

	private static String between(String text, String open, String close) {
		int start = text.indexOf(open) + open.length();
		return text.substring(start, text.indexOf(close, start));
	}

	private static String sha256(String text) throws Exception {
		return "sha256-" + Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void showsDatesAtTheirPrecisionAndEscapesText() throws Exception {
		String html = page("");
		assertThat(html).contains("<time datetime=\"2025-05\" data-precision=\"mid-month\">mid-May 2025</time>")
			.contains("<time datetime=\"2025-06-09\" data-precision=\"day\">June 9–10, 2025</time>")
			.contains("around June 11, 2025");
		// Apostrophes in titles come out as entities, never raw markup.
		assertThat(html).contains("China&#39;s Commerce Ministry condemns the new US measures");
	}

	@Test
	void marksDisputedFactsWithEveryVersionAndItsSources() throws Exception {
		String html = page("?topic=tariffs");
		assertThat(html).contains("aria-controls=\"event-london-talks-dispute-us-treasury-secretary\"")
			.contains("Disputed: US Treasury Secretary")
			.contains("Scott Bessent", "Janet Yellen", "Becerra", "<cite>002_c4793645ec5b4779.txt</cite>");
	}

	@Test
	void themeAndFiltersAreApplied() throws Exception {
		assertThat(page("?theme=dark")).contains("data-theme=\"dark\"");
		assertThat(page("?topic=semiconductors")).contains("ren-zhengfei-peoples-daily-interview")
			.doesNotContain("data-slug=\"geneva-talks\"");
	}

	@Test
	void badParametersAreAProblemNotAStackTrace() throws Exception {
		this.mvc.perform(get("/embed/timeline?theme=pink").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].parameter").value("theme"));
		this.mvc.perform(get("/embed/timeline?from=June").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("from"));
	}

	@Test
	void snippetGivesTheIframeCode() throws Exception {
		String snippet = this.mvc.perform(get("/embed/snippet?topic=rare-earths&theme=dark"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(snippet).startsWith("<iframe src=\"http://localhost/embed/timeline?topic=rare-earths&amp;theme=dark\"")
			.contains("title=\"", "loading=\"lazy\"")
			.endsWith("</iframe>\n");
		this.mvc.perform(get("/embed/snippet?topic=nope")).andExpect(status().isBadRequest());
	}

}
