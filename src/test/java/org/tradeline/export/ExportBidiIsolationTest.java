package org.tradeline.export;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tradeline.support.Api.read;

/**
 * Sources, an event and claims written through the API with right-to-left text (Hebrew, Arabic), a
 * right-to-left override in an outlet and "; " and a line break in titles: every output isolates
 * each free-text part it composes with other text, so none reorders what follows it, and the CSV
 * keeps each citation whole. Written in a context of its own, so no other test sees these rows.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=bidi")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportBidiIsolationTest {

	private static final String NEWS = "\u05D7\u05D3\u05E9\u05D5\u05EA";

	private static final String TALKS = "\u0645\u062D\u0627\u062F\u062B\u0627\u062A";

	private static final String GENEVA = "\u062C\u0646\u064A\u0641";

	private static final String SHALOM = "\u05E9\u05DC\u05D5\u05DD";

	/** A Hebrew outlet: isolated, so "Talks; resume" and the date keep their place after it. */
	private static final String RTL_CITATION = "\u2068" + NEWS + "\u2069, \u201CTalks; resume\u201D, July 2, 2025";

	/** An override in the outlet ends inside its isolate; an Arabic title is isolated inside its quotes. */
	private static final String OVERRIDE_CITATION = "\u2068Wire \u202EService\u2069, \u201C\u2068" + TALKS
			+ "\u2069\u201D";

	/** Left-to-right: unchanged, its title's line break a space. */
	private static final String PLAIN_CITATION = "Plain Wire, \u201CLine one line two; more\u201D, July 3, 2025";

	private static final String SOURCE = """
			{"fileName": "%s", "outlet": "%s", "title": "%s", %s "summary": "A report on the talks.",
			 "sha256": "%s",
			 "claims": [{"subject": {"type": "event", "slug": "bidi-talks"}, "attribute": "location",
			    "value": "%s", "valueLabel": "%s", "excerpt": "the talks"}]}""";

	@Autowired
	MockMvc mvc;

	private final Map<String, Integer> sources = new HashMap<>();

	@BeforeAll
	void rightToLeftSourcesCiteAnEvent() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "bidi-writer"));
		MockHttpServletResponse event = api.post("/api/v1/events", """
				{"slug": "bidi-talks", "title": "Bidiword talks", "summary": "%s summary", "kind": "talks",
				 "date": {"start": "2025-07-01", "precision": "day"}, "location": "%s",
				 "topics": ["tariffs"], "participants": []}""".formatted(SHALOM, GENEVA));
		assertThat(event.getStatus()).as(event.getContentAsString()).isEqualTo(201);
		source(api, "bidi-rtl.txt", NEWS, "Talks; resume",
				"\"publishedOn\": \"2025-07-02\", \"url\": \"https://example.com/rtl\",", "a", "Geneva", GENEVA);
		// A right-to-left label for one side of a seeded dispute over a participant.
		MockHttpServletResponse claim = api.post("/api/v1/claims", """
				{"source": %d, "subject": {"type": "event", "slug": "london-talks"}, "attribute": "us-treasury-secretary",
				 "value": "he-lifeng", "valueLabel": "%s", "excerpt": "the talks"}""".formatted(this.sources.get("bidi-rtl.txt"),
				SHALOM));
		assertThat(claim.getStatus()).as(claim.getContentAsString()).isEqualTo(201);
		source(api, "bidi-override.txt", "Wire \u202EService", TALKS, "", "b", "London", "London");
		source(api, "bidi-plain.txt", "Plain Wire", "Line one\\nline two; more", "\"publishedOn\": \"2025-07-03\",",
				"c", "London", "London");
	}

	private void source(Api api, String fileName, String outlet, String title, String more, String hash, String value,
			String valueLabel) throws Exception {
		MockHttpServletResponse created = api.post("/api/v1/sources",
				SOURCE.formatted(fileName, outlet, title, more, hash.repeat(64), value, valueLabel));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		this.sources.put(fileName, read(created, "$.id"));
	}

	/** The API's citation is the plain text every export repeats: the same isolates, the same rule. */
	@Test
	void theApisCitationIsolatesARightToLeftOutletAndTitle() throws Exception {
		assertThat(citation("bidi-rtl.txt")).isEqualTo(RTL_CITATION);
		assertThat(citation("bidi-override.txt")).isEqualTo(OVERRIDE_CITATION);
		assertThat(citation("bidi-plain.txt")).isEqualTo(PLAIN_CITATION);
		// What was stored is the text as written: the isolates are the citation's, not the outlet's.
		String rtl = Api.ok(this.mvc, "/api/v1/sources/" + this.sources.get("bidi-rtl.txt"));
		assertThat(JsonPath.<String>read(rtl, "$.outlet")).isEqualTo(NEWS);
		assertThat(JsonPath.<String>read(rtl, "$.title")).isEqualTo("Talks; resume");
	}

	/**
	 * One citation per line in source_citations, read back by an RFC 4180 parser: a "; " inside a
	 * title is no separator, and the quoted line breaks keep the row one record.
	 */
	@Test
	void eventsCsvHasOneWholeCitationPerLine() throws Exception {
		String text = Api.ok(this.mvc, "/api/v1/exports/events.csv?q=bidiword");
		List<CSVRecord> events = csv(text);
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("slug")).isEqualTo("bidi-talks");
		assertThat(events.get(0).get("sources")).isEqualTo("3");
		assertThat(Arrays.asList(events.get(0).get("source_citations").split("\n", -1)))
			.containsExactlyInAnyOrder(RTL_CITATION, OVERRIDE_CITATION, PLAIN_CITATION);
		assertThat(text).contains(",\"" + events.get(0).get("source_citations") + "\",");
	}

	@Test
	void claimsCsvCitesEachClaimsSourceByTheApisCitation() throws Exception {
		assertThat(csv(Api.ok(this.mvc, "/api/v1/exports/claims.csv?q=bidiword")))
			.extracting(r -> r.get("source_file") + " " + r.get("source_citation"))
			.containsExactlyInAnyOrder("bidi-rtl.txt " + RTL_CITATION, "bidi-override.txt " + OVERRIDE_CITATION,
					"bidi-plain.txt " + PLAIN_CITATION);
	}

	@Test
	void iCalendarIsolatesTheSummaryTheDisputedValueAndTheCitations() throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(Api.ok(this.mvc, "/api/v1/exports/events.ics?q=bidiword")));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		assertThat(events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.contains("\n\n\u2068" + SHALOM + " summary\u2069\n\n")
			.contains("\u2068" + GENEVA + "\u2069 (" + RTL_CITATION + ")")
			.contains("\n- " + RTL_CITATION + " <https://example.com/rtl>\n")
			.contains("\n- " + OVERRIDE_CITATION)
			.contains("\n- " + PLAIN_CITATION);
	}

	@Test
	void atomSummaryIsolatesTheSummaryTheDisputedValuesAndTheCitations() throws Exception {
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(Api.ok(this.mvc, "/api/v1/exports/changes.atom?q=bidiword")));
		SyndEntry entry = feed.getEntries()
			.stream()
			.filter(e -> e.getTitle().contains("Bidiword"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getDescription().getValue())
			.startsWith("July 1, 2025: \u2068" + SHALOM + " summary\u2069 Disputed — Location: ")
			.contains("\u2068" + GENEVA + "\u2069 (" + RTL_CITATION + ")")
			.contains(RTL_CITATION, OVERRIDE_CITATION, PLAIN_CITATION);
	}

	@Test
	void atomTitleIsolatesTheEventsTitleAfterItsLabel() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "bidi-title-writer"));
		MockHttpServletResponse event = api.post("/api/v1/events", """
				{"slug": "bidi-title", "title": "Talks \u202Eopen", "summary": "Bidititle summary", "kind": "talks",
				 "date": {"start": "2025-07-04", "precision": "day"}, "topics": ["tariffs"], "participants": []}""");
		assertThat(event.getStatus()).as(event.getContentAsString()).isEqualTo(201);
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(Api.ok(this.mvc, "/api/v1/exports/changes.atom?q=bidititle")));
		// The override ends inside its isolate: it cannot run on over the rest of the line.
		assertThat(feed.getEntries()).singleElement()
			.extracting(SyndEntry::getTitle)
			.asString()
			.startsWith("New: \u2068Talks \u202Eopen")
			.endsWith("\u2069");
	}

	@Test
	void jsonLdNamesEachCitationByTheApisCitationAndIsolatesDisputedValues() throws Exception {
		String ld = Api.ok(this.mvc, "/api/v1/exports/events/bidi-talks.jsonld");
		assertThat(JsonPath.<List<String>>read(ld, "$.citation[*].name"))
			.containsExactlyInAnyOrder(RTL_CITATION, OVERRIDE_CITATION, PLAIN_CITATION);
		// A disputed participant's description gives every side with its sources: each label isolated.
		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/exports/events/london-talks.jsonld"),
				"$.disputedAttendee[*].description"))
			.filteredOn(description -> description.contains("US Treasury Secretary"))
			.isNotEmpty()
			.allSatisfy(description -> assertThat(description).contains("; \u2068" + SHALOM + "\u2069 (" + RTL_CITATION + ")"));
	}

	/** HTML isolates with markup: no isolate characters, the outlet and title each in a bdi. */
	@Test
	void theEmbedPageIsolatesFreeTextWithMarkupNotControlCharacters() throws Exception {
		String html = Api.ok(this.mvc, "/embed/timeline?from=2025-07-01&to=2025-07-01");
		assertThat(html).doesNotContain("\u2068", "\u2069");
		Document page = Jsoup.parse(html);
		page.outputSettings().prettyPrint(false);
		Element event = page.selectFirst("li[data-slug=bidi-talks]");
		assertThat(event).isNotNull();
		assertThat(event.select("details.sources cite").stream().map(Element::html).toList()).containsExactlyInAnyOrder(
				"<bdi>" + NEWS + "</bdi>, \u201C<bdi>Talks; resume</bdi>\u201D, July 2, 2025",
				"<bdi>Wire \u202EService</bdi>, \u201C<bdi>" + TALKS + "</bdi>\u201D",
				"<bdi>Plain Wire</bdi>, \u201C<bdi>Line one\nline two; more</bdi>\u201D, July 3, 2025");
		assertThat(event.selectFirst("p.summary").attr("dir")).isEqualTo("auto");
		assertThat(event.selectFirst("h2").attr("dir")).isEqualTo("auto");
		assertThat(event.select("strong.value").eachAttr("dir")).isNotEmpty().containsOnly("auto");
		assertThat(event.select("blockquote").eachAttr("dir")).isNotEmpty().containsOnly("auto");
		assertThat(event.selectFirst("p.meta").html()).isEqualTo("talks · <bdi>" + GENEVA + "</bdi> · <bdi>Tariffs</bdi>");
	}

	private String citation(String fileName) throws Exception {
		return JsonPath.read(Api.ok(this.mvc, "/api/v1/sources/" + this.sources.get(fileName)), "$.citation");
	}

	private static List<CSVRecord> csv(String text) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
			.getRecords();
	}

}
