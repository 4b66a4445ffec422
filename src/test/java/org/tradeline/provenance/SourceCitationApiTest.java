package org.tradeline.provenance;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.Api.read;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * A source written with its URL, language and publication date is cited by them in every output,
 * linked to the document; bad values are refused naming the field; and answers as of a day follow
 * a source's date when an editor corrects it.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=citations")
class SourceCitationApiTest {

	private static final String WIRE = """
			{"fileName": "%s", "title": "Talks resume", "outlet": "Example Wire", "url": "https://example.com/wire/%s?src=rss",
			 "language": "en-GB", "publishedOn": "2025-06-10", "summary": "A wire report on the talks.",
			 "sha256": "%s",
			 "claims": [{"subject": {"type": "event", "slug": "london-talks"}, "attribute": "location",
			    "value": "London", "valueLabel": "London", "excerpt": "talks in London"}]}""";

	private static final String CITATION = "Example Wire, \u201CTalks resume\u201D, June 10, 2025";

	@Autowired
	MockMvc mvc;

	private Api api;

	private static final AtomicInteger editors = new AtomicInteger();

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "citation-writer-" + editors.incrementAndGet()));
	}

	@Test
	void aSourceKeepsItsAddressLanguageAndDateAndIsCitedByThem() throws Exception {
		MockHttpServletResponse created = this.api.post("/api/v1/sources", WIRE.formatted("wire-a.txt", "a", "a".repeat(64)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		int id = read(created, "$.id");
		this.mvc.perform(get("/api/v1/sources/" + id)).andExpect(status().isOk()).andExpect(conforms());
		assertThat((String) read(created, "$.url")).isEqualTo("https://example.com/wire/a?src=rss");
		assertThat((String) read(created, "$.language")).isEqualTo("en-GB");
		assertThat((String) read(created, "$.publishedOn")).isEqualTo("2025-06-10");
		assertThat((String) read(created, "$.publishedPrecision")).as("day unless said otherwise").isEqualTo("day");
		assertThat((String) read(created, "$.citation")).isEqualTo(CITATION);

		// A correction to approximate shows in the citation; a merge patch of the date alone keeps the rest.
		String uri = "/api/v1/sources/" + id;
		MockHttpServletResponse patched = this.api.patch(uri, this.api.etag(uri), "{\"publishedPrecision\": \"approximate\"}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat((String) read(patched, "$.citation")).isEqualTo("Example Wire, \u201CTalks resume\u201D, c. June 10, 2025");
		assertThat((String) read(patched, "$.url")).isEqualTo("https://example.com/wire/a?src=rss");
	}

	@Test
	void theSeedsSourcesAreCitedByWhatTheirTextSupports() throws Exception {
		String sources = Api.ok(this.mvc, "/api/v1/sources?size=100");
		Map<String, Object> straitsTimes = JsonPath.<List<Map<String, Object>>>read(sources,
				"$.items[?(@.fileName == '003_e6f85452d9e23108.txt')]").get(0);
		assertThat(straitsTimes).containsEntry("citation", "The Straits Times, c. June 11, 2025")
			.containsEntry("publishedOn", "2025-06-11")
			.containsEntry("publishedPrecision", "approximate")
			.containsEntry("language", "en")
			.doesNotContainKey("url");
		assertThat(JsonPath.<List<String>>read(sources, "$.items[?(@.fileName == '002_c4793645ec5b4779.txt')].citation"))
			.containsExactly("\u201CChina and U.S. Hold First Meeting of Trade Consultation Mechanism in London\u201D, June 10, 2025");
		// Neither outlet nor title is known: the file name stands in, with the date.
		assertThat(JsonPath.<List<String>>read(sources, "$.items[?(@.fileName == '004_6307ee0113ec1de7.txt')].citation"))
			.containsExactly("004_6307ee0113ec1de7.txt, c. June 9, 2025");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "url|\"/wire/relative\"", "url|\"ftp://example.com/a\"",
			"url|\"javascript:alert(1)\"", "url|\"https://exa mple.com/\"", "url|\"https://example.com/caf\u00E9\"",
			"url|\"https://example.com/a^b\"", "url|\"https://example.com/a<b>\"",
			"url|\"https://example.com/{x}\"", "url|\"https://example.com/100%\"", "url|\"https://example.com/%zz\"",
			"language|\"english\"", "language|\"e\"", "publishedOn|\"2025-06-31\"", "publishedOn|\"June 10\"" })
	void refusesABadValueNamingTheField(String field, String json) throws Exception {
		String body = WIRE.formatted("wire-bad.txt", "b", "b".repeat(64))
			.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + json);
		assertThat(body).contains(json);
		MockHttpServletResponse refused = this.api.post("/api/v1/sources", body);
		assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat((List<String>) read(refused, "$.errors[*].field")).contains(field);
	}

	@Test
	void takesEveryCharacterOfAnRfc3986UriAndPercentEncodedOthers() throws Exception {
		String body = WIRE.formatted("wire-uri.txt", "caf%C3%A9/[v1]/a;b=1,2&c=(x)*'~!$@:-._", "f".repeat(64));
		MockHttpServletResponse stored = this.api.post("/api/v1/sources", body);
		assertThat(stored.getStatus()).as(stored.getContentAsString()).isEqualTo(201);
		assertThat((String) read(stored, "$.url"))
			.isEqualTo("https://example.com/wire/caf%C3%A9/[v1]/a;b=1,2&c=(x)*'~!$@:-._?src=rss");
		// Near the length bound and escaped throughout: matched without running out of stack.
		String escaped = WIRE.formatted("wire-escaped.txt", "%41".repeat(650), "9".repeat(64));
		MockHttpServletResponse escapedStored = this.api.post("/api/v1/sources", escaped);
		assertThat(escapedStored.getStatus()).as(escapedStored.getContentAsString()).isEqualTo(201);
	}

	@Test
	void refusesAnOverlongUrlAndAPrecisionWithoutADate() throws Exception {
		String overlong = WIRE.formatted("wire-long.txt", "x".repeat(2000), "c".repeat(64));
		assertThat((List<String>) read(this.api.post("/api/v1/sources", overlong), "$.errors[*].field")).contains("url");
		String undated = WIRE.formatted("wire-undated.txt", "u", "d".repeat(64))
			.replace("\"publishedOn\": \"2025-06-10\"", "\"publishedPrecision\": \"approximate\"");
		MockHttpServletResponse refused = this.api.post("/api/v1/sources", undated);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(refused, "$.errors[*].field")).containsExactly("publishedPrecision");
	}

	@Test
	void everyExportCitesTheSourceByOutletTitleAndDateWithItsLink() throws Exception {
		assertThat(this.api.post("/api/v1/sources", WIRE.formatted("wire-e.txt", "e", "e".repeat(64))).getStatus())
			.isEqualTo(201);
		String url = "https://example.com/wire/e?src=rss";
		String citation = CITATION;

		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(Api.ok(this.mvc, "/api/v1/exports/events.ics?kind=talks")));
		VEvent london = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals("london-talks@tradeline"))
			.findFirst()
			.orElseThrow();
		assertThat(london.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains(citation + " <" + url + ">")
			.contains("The Straits Times, c. June 11, 2025");

		String ld = Api.ok(this.mvc, "/api/v1/exports/events/london-talks.jsonld");
		Map<String, Object> work = JsonPath.<List<Map<String, Object>>>read(ld,
				"$.citation[?(@.identifier == 'wire-e.txt')]").get(0);
		assertThat(work).containsEntry("url", url).containsEntry("datePublished", "2025-06-10")
			.containsEntry("name", citation).containsEntry("headline", "Talks resume");
		assertThat(JsonPath.<String>read(work, "$.publisher.name")).isEqualTo("Example Wire");
		assertThat(JsonPath.<List<String>>read(ld, "$.citation[?(@.identifier == '002_c4793645ec5b4779.txt')].datePublished"))
			.containsExactly("2025-06-10");
		assertThat(JsonPath.<List<Object>>read(ld, "$.citation[?(@.identifier == '003_e6f85452d9e23108.txt')].datePublished"))
			.as("an approximate date is not stated as a day").isEmpty();

		List<CSVRecord> claims = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(Api.ok(this.mvc, "/api/v1/exports/claims.csv?kind=talks")))
			.getRecords();
		CSVRecord wire = claims.stream().filter(r -> r.get("source_file").equals("wire-e.txt")).findFirst().orElseThrow();
		assertThat(wire.get("source_url")).isEqualTo(url);
		assertThat(wire.get("source_published")).isEqualTo("2025-06-10");
		assertThat(wire.get("source_published_precision")).isEqualTo("day");
		assertThat(wire.get("source_citation")).isEqualTo(citation);
		assertThat(claims.get(0).toMap().keySet()).as("new columns come after the old ones")
			.startsWith("claim_id", "event_slug");
		List<CSVRecord> events = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(Api.ok(this.mvc, "/api/v1/exports/events.csv?kind=talks")))
			.getRecords();
		assertThat(events.stream().filter(r -> r.get("slug").equals("london-talks")).findFirst().orElseThrow()
			.get("source_citations")).contains(citation);

		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/exports/timeline.json?kind=talks"),
				"$.events[?(@.unique_id == 'london-talks')].text.text"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("<a href=\"" + url + "\">" + citation + "</a>");
		assertThat(Api.ok(this.mvc, "/api/v1/exports/changes.atom?kind=talks")).contains("rel=\"via\" href=\"" + url.replace("&", "&amp;") + "\"")
			.contains("Sources: ");
		assertThat(Api.ok(this.mvc, "/embed/timeline")).contains("<a href=\"" + url + "\" target=\"_blank\" rel=\"noopener\"><cite>"
				+ "<bdi>Example Wire</bdi>, \u201C<bdi>Talks resume</bdi>\u201D, June 10, 2025</cite></a>");
	}

	@Test
	void anAnswerAsOfADayFollowsACorrectedPublicationDate() throws Exception {
		String before = Api.ok(this.mvc, "/api/v1/disputes?asOf=2025-06-10");
		assertThat(JsonPath.<List<String>>read(before, "$.items[*].id")).doesNotContain("event:xi-trump-call:us-leader");
		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/events?size=100&asOf=2025-06-10"), "$.items[*].slug"))
			.doesNotContain("london-framework-agreed");
		String sources = Api.ok(this.mvc, "/api/v1/sources?size=100");
		int doc000 = JsonPath.<List<Integer>>read(sources, "$.items[?(@.fileName == '000_d0ee0f4fab4b2662.txt')].id").get(0);
		String uri = "/api/v1/sources/" + doc000;
		MockHttpServletResponse redated = this.api.patch(uri, this.api.etag(uri),
				"{\"publishedOn\": \"2025-06-10\", \"publishedPrecision\": \"day\"}");
		assertThat(redated.getStatus()).as(redated.getContentAsString()).isEqualTo(200);
		// 000 names Biden on the call and reports the framework: both are now in print on June 10.
		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/disputes?asOf=2025-06-10"), "$.items[*].id"))
			.contains("event:xi-trump-call:us-leader");
		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/events?size=100&asOf=2025-06-10"), "$.items[*].slug"))
			.contains("london-framework-agreed");
	}

}
