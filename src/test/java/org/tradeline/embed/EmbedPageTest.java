package org.tradeline.embed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page's markup; how it behaves in a browser is {@link EmbedBrowserTest}'s job. */
@ApiTest
class EmbedPageTest {

	private static final Pattern STYLESHEET = Pattern
		.compile("<link rel=\"stylesheet\" href=\"(assets/timeline-[0-9a-f]{32}\\.css)\">");

	private static final Pattern SCRIPT = Pattern
		.compile("<script src=\"(assets/timeline-[0-9a-f]{32}\\.js)\" defer></script>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String page(String query) throws Exception {
		return this.mvc.perform(get("/embed/timeline" + query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void referencesOnlyItsOwnStylesheetAndScriptWithTheirContentHashInTheUrl() throws Exception {
		String html = page("");
		assertThat(html).startsWith("<!doctype html>");
		assertThat(STYLESHEET.matcher(html).results()).hasSize(1);
		assertThat(SCRIPT.matcher(html).results()).hasSize(1);
		assertThat(html.split("<link", -1)).hasSize(2);
		assertThat(html.split("<script", -1)).hasSize(2);
		// Nothing inline for the policy to allow, and nothing from another site.
		assertThat(html).doesNotContain("<style", "<script>", " style=\"", " onclick=", " onload=", "src=\"http",
				"href=\"http", "@import", "url(", "fonts.googleapis");
		// The hash in each URL is the file's own, so a changed file gets a new URL.
		for (String url : assetUrls(html)) {
			byte[] body = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			assertThat(url).contains("-" + DigestUtils.md5DigestAsHex(body) + ".");
		}
	}

	@Test
	void contentSecurityPolicyAllowsStyleAndScriptOnlyFromThisSite() throws Exception {
		MvcResult result = this.mvc.perform(get("/embed/timeline?topic=tariffs")).andExpect(status().isOk()).andReturn();
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		List<String> directives = Arrays.stream(policy.split(";")).map(String::strip).toList();
		assertThat(directives).containsExactlyInAnyOrder("default-src 'none'", "script-src 'self'", "style-src 'self'",
				"base-uri 'none'", "form-action 'self'", "frame-ancestors *");
		// No nonces: the same page is the same bytes, so it can be cached.
		assertThat(this.mvc.perform(get("/embed/timeline?topic=tariffs")).andReturn().getResponse()
			.getHeader("Content-Security-Policy")).isEqualTo(policy);
		// 'self' covers them: both are this site's, relative to the page.
		assertThat(assetUrls(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.allSatisfy(url -> assertThat(url).startsWith("/embed/assets/"));
	}

	@Test
	void stylesheetAndScriptAreServedWithTheirTypeAndCachedForAYear() throws Exception {
		Map<String, String> types = Map.of("css", "text/css", "js", "text/javascript");
		for (String url : assetUrls(page(""))) {
			String file = url.substring(url.lastIndexOf('/') + 1).replaceAll("-[0-9a-f]{32}\\.", ".");
			String type = types.get(file.substring(file.lastIndexOf('.') + 1));
			MockHttpServletResponse response = this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(type))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"))
				.andReturn()
				.getResponse();
			assertThat(response.getContentAsByteArray())
				.isEqualTo(new ClassPathResource("embed/" + file).getContentAsByteArray());
			String etag = response.getHeader(HttpHeaders.ETAG);
			assertThat(etag).isNotBlank();
			this.mvc.perform(head(url))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(type))
				.andExpect(content().bytes(new byte[0]));
			this.mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/embed/assets/timeline-0123456789abcdef0123456789abcdef.js", "/embed/assets/nope.css",
			"/embed/assets/timeline.js", "/embed/timeline.css", "/embed/assets/" })
	void anUnknownOutdatedOrUnversionedFileIsANotFoundProblemNotAPage(String path) throws Exception {
		for (var request : List.of(get(path), head(path))) {
			this.mvc.perform(request.accept(MediaType.TEXT_HTML, MediaType.ALL))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		// Nor can a path climb out of the folder the files are served from.
		this.mvc.perform(get("/embed/assets/../../application.properties").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** The page's stylesheet and script URLs, as absolute paths: the page is at /embed/timeline. */
	private static List<String> assetUrls(String html) {
		return Stream.of(STYLESHEET, SCRIPT)
			.flatMap(pattern -> pattern.matcher(html).results())
			.map(match -> "/embed/" + match.group(1))
			.toList();
	}

	@Test
	void showsDatesAtTheirPrecisionAndEscapesText() throws Exception {
		String html = page("");
		assertThat(html).contains("<time class=\"date\" datetime=\"2025-05\" data-precision=\"mid-month\">mid-May 2025</time>")
			// Two days: HTML has no span, so the month that holds them (docs/exports.md), not the first day.
			.contains("<time class=\"date\" datetime=\"2025-06\" data-precision=\"day\">June 9–10, 2025</time>")
			.contains("around June 11, 2025");
		// "Around June 11" may be June 10 or 12: the month holds it, a day would claim too much.
		List<Element> around = Jsoup.parse(html).select("time[data-precision=around-day]");
		assertThat(around).isNotEmpty()
			.allSatisfy(time -> assertThat(time.text()).isEqualTo("around June 11, 2025"))
			.allSatisfy(time -> assertThat(time.attr("datetime")).isEqualTo("2025-06"));
		// Every seeded date has a value, so each is a time with one, styled by its class as a span would be.
		assertThat(Jsoup.parse(html).select("li.event article > :first-child")).isNotEmpty()
			.allSatisfy(first -> assertThat(first.is("time.date[datetime]")).as(first.outerHtml()).isTrue());
		// Text is escaped where it could be markup; an apostrophe in element text is not (see
		// storedMarkupIsShownAsTextEverywhereOnThePage).
		assertThat(html).contains("China's Commerce Ministry condemns the new US measures");
	}

	@Test
	void marksDisputedFactsWithEveryVersionAndItsSources() throws Exception {
		String html = page("?topic=tariffs");
		assertThat(html).contains("aria-controls=\"event-london-talks-dispute-us-treasury-secretary\"")
			.contains("Disputed: US Treasury Secretary")
			.contains("Scott Bessent", "Janet Yellen", "Becerra",
					"<cite>\u201C<bdi>China and U.S. Hold First Meeting of Trade Consultation Mechanism in London</bdi>\u201D, June 10, 2025</cite>");
	}

	/**
	 * Days in two years have no HTML datetime value, so the date is a span of the class that styles
	 * every date; no time element is left without one. Its dates are its own, so no other test's
	 * cached page holds the event, which is rolled back afterwards.
	 */
	@Test
	@Transactional
	void aDateWithNoValidDatetimeIsASpanNotATimeWithoutOne() throws Exception {
		this.jdbc.sql("""
				insert into event (slug, title, summary, kind, start_date, end_date, date_precision)
				values ('new-year-talks', 'New Year talks', 'Talks over New Year.', 'TALKS', date '2032-12-31',
				date '2033-01-01', 'DAY')""")
			.update();
		Document page = Jsoup.parse(page("?from=2032-12-01&to=2033-01-31"));
		Element event = page.selectFirst("li[data-slug=new-year-talks]");
		assertThat(event).isNotNull();
		assertThat(event.select("time")).isEmpty();
		Element date = event.selectFirst("article > span.date");
		assertThat(date).isNotNull();
		assertThat(date.attr("data-precision")).isEqualTo("day");
		assertThat(date.text()).contains("2032", "2033");
		assertThat(page.select("time:not([datetime])")).isEmpty();
	}

	/**
	 * Stored text the API would refuse today, as old data or a restored backup could hold it (written
	 * with JDBC, rolled back afterwards), lands as text in element content and in attribute values
	 * (where '>' needs no escaping inside the quotes).
	 * Its date is its own, so no other test's cached page is in the way.
	 */
	@Test
	@Transactional
	void storedMarkupIsShownAsTextEverywhereOnThePage() throws Exception {
		String evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;";
		this.jdbc.sql("""
				insert into event (slug, title, summary, kind, start_date, date_precision, location)
				values (?, ?, ?, 'STATEMENT', date '2031-03-03', 'DAY', ?)""")
			.params("x\"onmouseover=\"alert(3)", "T " + evil, "S " + evil, "L " + evil)
			.update();
		long event = this.jdbc.sql("select max(id) from event").query(Long.class).single();
		this.jdbc.sql("insert into topic (slug, name, description) values (?, ?, 'x')")
			.params("t\"><b>", "N " + evil)
			.update();
		this.jdbc.sql("insert into event_topic (event_id, topic_id) values (?, (select max(id) from topic))")
			.param(event)
			.update();
		this.jdbc.sql("""
				insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
				values ((select min(id) from source), ?, 'location', 'x', ?, ?)""")
			.params(event, "V " + evil, "E " + evil)
			.update();

		String html = page("?from=2031-03-03&to=2031-03-03");
		String text = "&lt;script&gt;alert(1)&lt;/script&gt;\"'&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;";
		assertThat(html).contains("<h2 id=\"event-x&#34;onmouseover=&#34;alert(3)-title\" dir=\"auto\">T " + text + "</h2>")
			.contains("<p class=\"summary\" dir=\"auto\">S " + text + "</p>")
			.contains("L " + text)
			.contains("<blockquote dir=\"auto\">E " + text + "</blockquote>")
			.contains("data-slug=\"x&#34;onmouseover=&#34;alert(3)\"")
			.contains("<option value=\"t&#34;>&lt;b>\">N " + text + "</option>");
		assertThat(html).doesNotContain("<script>alert", "<img", "<b>", "\"onmouseover", "\"'>");
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

	/** Two embeds of different timelines are told apart by their titles, whichever filters made them. */
	@Test
	void snippetTitleNamesEveryFilter() throws Exception {
		assertThat(snippetTitle("actor=he-lifeng"))
			.isEqualTo("Timeline of the 2025 US–China trade talks (actor he-lifeng)");
		assertThat(snippetTitle("to=2025-06-10&from=2025-06-01&actor=he-lifeng&topic=tariffs&theme=dark")).isEqualTo(
				"Timeline of the 2025 US–China trade talks (topic tariffs, actor he-lifeng, from 2025-06-01, to 2025-06-10)");
		assertThat(snippetTitle("theme=dark")).isEqualTo("Timeline of the 2025 US–China trade talks");
	}

	/** The title of the iframe a snippet gives, read by an HTML parser. */
	private String snippetTitle(String query) throws Exception {
		String snippet = this.mvc.perform(get("/embed/snippet?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Element> frames = Jsoup.parseBodyFragment(snippet).select("iframe");
		assertThat(frames).hasSize(1);
		return frames.get(0).attr("title");
	}

}
