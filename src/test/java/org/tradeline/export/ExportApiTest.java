package org.tradeline.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ViewCache;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChange;
import org.tradeline.support.ApiTest;
import org.tradeline.support.OpenApiContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

/** Each export read back by a real parser for its format, and checked against the JSON API. */
@ApiTest
class ExportApiTest {

	@Autowired
	ViewCache views;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String body(String uri, String accept) throws Exception {
		MvcResult result = this.mvc.perform(get(uri).accept(MediaType.parseMediaType(accept)))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> apiSlugs(String query) throws Exception {
		return JsonPath.read(body("/api/v1/events?size=100&" + query, "application/json"), "$.items[*].slug");
	}

	@Test
	void timelineJsCarriesOnlyTheDatePartsThePrecisionSupports() throws Exception {
		String json = body("/api/v1/exports/timeline.json", "application/json");
		assertThat(JsonPath.<List<String>>read(json, "$.events[*].unique_id")).containsExactlyElementsOf(apiSlugs(""));
		assertThat(JsonPath.<String>read(json, "$.title.text.headline")).isNotBlank();
		// "mid-May": a year and a month, no day, and the wording to display.
		Map<String, Object> geneva = JsonPath.<List<Map<String, Object>>>read(json,
				"$.events[?(@.unique_id == 'geneva-talks')].start_date").get(0);
		assertThat(geneva).containsEntry("year", 2025).containsEntry("month", 5).doesNotContainKey("day")
			.containsEntry("display_date", "mid-May 2025");
		Map<String, Object> london = JsonPath.<List<Map<String, Object>>>read(json,
				"$.events[?(@.unique_id == 'london-talks')]").get(0);
		assertThat(JsonPath.<Integer>read(london, "$.start_date.day")).isEqualTo(9);
		assertThat(JsonPath.<Integer>read(london, "$.end_date.day")).isEqualTo(10);
		assertThat(london).doesNotContainKey("display_date").containsKey("group");
		assertThat(JsonPath.<String>read(london, "$.text.text")).contains("Disputed: US Treasury Secretary")
			.contains("Scott Bessent", "Janet Yellen", "Becerra",
					"Trade Consultation Mechanism in London\u201D, June 10, 2025");
		assertThat(JsonPath.<List<Object>>read(json, "$.eras")).hasSize(3);
	}

	/** A date around a day is no day in TimelineJS either: the month holding it, and the wording. */
	@Test
	void timelineJsGivesADateAroundADayNoDay() throws Exception {
		String json = body("/api/v1/exports/timeline.json", "application/json");
		Map<String, Object> around = JsonPath.<List<Map<String, Object>>>read(json,
				"$.events[?(@.unique_id == 'he-lifeng-urges-us-to-keep-promises')]").get(0);
		assertThat(JsonPath.<Map<String, Object>>read(around, "$.start_date")).containsEntry("year", 2025)
			.containsEntry("month", 6)
			.doesNotContainKey("day")
			.containsEntry("display_date", "around June 11, 2025");
		assertThat(around).containsEntry("display_date", "around June 11, 2025");
	}

	@Test
	void exportsHonourTheEventFilters() throws Exception {
		String json = body("/api/v1/exports/timeline.json?topic=semiconductors&sort=date,desc", "application/json");
		assertThat(JsonPath.<List<String>>read(json, "$.events[*].unique_id"))
			.containsExactlyElementsOf(apiSlugs("topic=semiconductors&sort=date,desc"));
		assertThat(csv(body("/api/v1/exports/events.csv?actor=he-lifeng&from=2025-06-01", "text/csv")))
			.extracting(r -> r.get("slug"))
			.containsExactlyElementsOf(apiSlugs("actor=he-lifeng&from=2025-06-01"));
	}

	@Test
	void iCalendarLoadsInIcal4jWithAllDayDatesAndStableUids() throws Exception {
		String ics = body("/api/v1/exports/events.ics", "text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(apiSlugs("").size());
		VEvent london = event(events, "london-talks@tradeline");
		assertThat(property(london, Property.DTSTART)).isEqualTo("20250609");
		assertThat(london.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
			.isEqualTo("DATE");
		assertThat(property(london, Property.DTEND)).isEqualTo("20250611");
		assertThat(property(london, Property.LOCATION)).isEqualTo("London");
		assertThat(property(london, Property.DESCRIPTION)).contains("Disputed — US Treasury Secretary")
			.contains("\n");
		// "mid-May" spans the days it may fall on, and says it is tentative.
		VEvent geneva = event(events, "geneva-talks@tradeline");
		assertThat(property(geneva, Property.DTSTART)).isEqualTo("20250511");
		assertThat(property(geneva, Property.DTEND)).isEqualTo("20250521");
		assertThat(property(geneva, Property.STATUS)).isEqualTo("TENTATIVE");
		assertThat(property(geneva, Property.DESCRIPTION)).startsWith("Date: mid-May 2025 (approximate");
		// Commas in the title were escaped on the way out and come back intact.
		VEvent measures = event(events, "us-chip-and-visa-measures@tradeline");
		assertThat(property(measures, Property.SUMMARY))
			.isEqualTo("US moves against Chinese students, AI chips and chip design software");
	}

	@Test
	void aFilterMatchingNothingStillGivesAValidCalendar() throws Exception {
		assertThat(apiSlugs("from=2025-12-01")).isEmpty();
		String ics = body("/api/v1/exports/events.ics?from=2025-12-01", "text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getComponents("VEVENT")).isEmpty();
		// RFC 5545 3.6: at least one component.
		assertThat(calendar.getComponents()).isNotEmpty();
		assertThat(calendar.validate().getEntries()).as(ics).isEmpty();
	}

	@Test
	void iCalendarLinesAreCrlfTerminatedAndFoldedAt75Octets() throws Exception {
		String ics = body("/api/v1/exports/events.ics", "text/calendar");
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		assertThat(ics).contains("\r\n ");
	}

	@Test
	void eventsNegotiateCalendarAndCsvOnTheListUrl() throws Exception {
		assertThat(body("/api/v1/events?kind=talks", "text/calendar"))
			.isEqualTo(body("/api/v1/exports/events.ics?kind=talks", "text/calendar"));
		assertThat(body("/api/v1/events?kind=talks", "text/csv"))
			.isEqualTo(body("/api/v1/exports/events.csv?kind=talks", "text/csv"));
		this.mvc.perform(get("/api/v1/events?kind=talks"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	/** The negotiated CSV and iCalendar hold every matching event: the list's paging and sync are refused. */
	@Test
	void negotiatedDocumentsRefuseTheListsPagingAndSyncParameters() throws Exception {
		// Cached as JSON first: the key of that answer must not let the documents take these names.
		this.mvc.perform(get("/api/v1/events?size=1")).andExpect(status().isOk());
		for (String accept : List.of("text/csv", "text/calendar")) {
			for (String query : List.of("size=1", "page=1", "updatedSince=2026-12-02T14:39:00Z", "includeDeleted=true",
					"after=1")) {
				String name = query.substring(0, query.indexOf('='));
				this.mvc.perform(get("/api/v1/events?" + query).accept(MediaType.parseMediaType(accept)))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.errors[0].parameter").value(name))
					.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
							org.hamcrest.Matchers.startsWith("Unknown query parameter " + name + " for " + accept),
							org.hamcrest.Matchers.containsString("holds every matching item"),
							org.hamcrest.Matchers.containsString("ask for application/json"))));
			}
		}
		// A made-up name is refused as on any URL, and what the documents take is still taken.
		this.mvc.perform(get("/api/v1/events?tpoic=tariffs").accept("text/csv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"Unknown query parameter tpoic; this resource takes")));
		assertThat(body("/api/v1/events?kind=talks&sort=date,desc&state=published", "text/csv"))
			.isEqualTo(body("/api/v1/exports/events.csv?kind=talks&sort=date,desc", "text/csv"));
		this.mvc.perform(get("/api/v1/events?size=1&updatedSince=2026-12-02T14:39:00Z"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	@Test
	void eventsCsvParsesBackToTheApiValues() throws Exception {
		List<CSVRecord> rows = csv(body("/api/v1/exports/events.csv", "text/csv"));
		assertThat(rows).extracting(r -> r.get("slug")).containsExactlyElementsOf(apiSlugs(""));
		CSVRecord london = rows.stream().filter(r -> r.get("slug").equals("london-talks")).findFirst().orElseThrow();
		String detail = body("/api/v1/events/london-talks", "application/json");
		assertThat(london.get("summary")).isEqualTo(JsonPath.<String>read(detail, "$.summary"));
		assertThat(london.get("date")).isEqualTo("June 9–10, 2025");
		assertThat(london.get("disputed")).isEqualTo("true");
		// Becerra's part is disputed (Treasury Secretary by 002 alone): not among the participants stated as fact.
		assertThat(london.get("participants").split("; ")).contains("he-lifeng").doesNotContain("becerra");
		assertThat(london.get("disputed_participants").split("; ")).contains("becerra");
	}

	@Test
	void claimsCsvHasOneRowPerClaimWithSourceAndExcerpt() throws Exception {
		List<CSVRecord> rows = csv(body("/api/v1/exports/claims.csv?kind=call", "text/csv"));
		String detail = body("/api/v1/events/xi-trump-call", "application/json");
		List<String> excerpts = JsonPath.read(detail, "$.claims[*].excerpt");
		assertThat(rows).hasSize(excerpts.size());
		assertThat(rows).extracting(r -> r.get("excerpt")).containsExactlyInAnyOrderElementsOf(excerpts);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("event_slug")).isEqualTo("xi-trump-call");
			assertThat(r.get("source_file")).endsWith(".txt");
		});
		assertThat(rows).extracting(r -> r.get("status")).contains("contradicted");
	}

	@Test
	void jsonLdDescribesAnEventAsSchemaOrg() throws Exception {
		String ld = body("/api/v1/events/london-talks", "application/ld+json");
		assertThat(JsonPath.<String>read(ld, "$['@context']")).isEqualTo("https://schema.org");
		assertThat(JsonPath.<String>read(ld, "$['@type']")).isEqualTo("Event");
		assertThat(JsonPath.<String>read(ld, "$.startDate")).isEqualTo("2025-06-09");
		assertThat(JsonPath.<String>read(ld, "$.endDate")).isEqualTo("2025-06-10");
		assertThat(JsonPath.<String>read(ld, "$.location['@type']")).isEqualTo("Place");
		assertThat(JsonPath.<String>read(ld, "$.location.name")).isEqualTo("London");
		assertThat(JsonPath.<List<String>>read(ld, "$.about[*].name")).contains("Rare earths");
		assertThat(JsonPath.<List<String>>read(ld, "$.citation[*]['@type']")).hasSize(5).containsOnly("CreativeWork");
		assertThat(body("/api/v1/exports/events/london-talks.jsonld", "application/ld+json")).isEqualTo(ld);
		// Approximate dates keep only what is known: "mid-May" is a month.
		assertThat(JsonPath.<String>read(body("/api/v1/exports/events/geneva-talks.jsonld", "application/ld+json"),
				"$.startDate")).isEqualTo("2025-05");
	}

	/** A person attends as a Person, a government as an Organization, as schema.org's attendee expects. */
	@Test
	void jsonLdTypesAttendeesByTheKindOfActor() throws Exception {
		String geneva = body("/api/v1/exports/events/geneva-talks.jsonld", "application/ld+json");
		assertThat(JsonPath.<List<String>>read(geneva, "$.attendee[?(@.identifier == 'he-lifeng')]['@type']"))
			.containsExactly("Person");
		String controls = body("/api/v1/exports/events/china-rare-earth-export-controls.jsonld", "application/ld+json");
		assertThat(JsonPath.<List<String>>read(controls, "$.attendee[?(@.identifier == 'chinese-government')]['@type']"))
			.containsExactly("Organization");
	}

	/** "Around June 11" is June 10, 11 or 12: the month holds it, the day would claim too much. */
	@Test
	void jsonLdDatesAnEventAroundADayByItsMonth() throws Exception {
		String around = body("/api/v1/events/he-lifeng-urges-us-to-keep-promises", "application/ld+json");
		assertThat(JsonPath.<String>read(around, "$.startDate")).isEqualTo("2025-06");
		assertThat(JsonPath.<String>read(around, "$.name")).isNotBlank();
	}

	@Test
	void unknownEventIsA404ProblemInEveryFormat() throws Exception {
		this.mvc.perform(get("/api/v1/events/no-such-event").accept("application/ld+json"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badFiltersAreA400ProblemNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/exports/events.csv?from=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(conforms())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].parameter").value("from"));
		this.mvc.perform(get("/api/v1/events?topic=no-such-topic").accept("text/calendar"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("topic"));
		this.mvc.perform(get("/api/v1/exports/changes.atom?disputed=maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("disputed"));
	}

	@Test
	void atomFeedIsValidXmlAndParsesAsAFeed() throws Exception {
		String atom = body("/api/v1/exports/changes.atom", "application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom)));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).hasSize(apiSlugs("").size());
		assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates()
			.contains("urn:tradeline:event:london-talks");
		assertThat(feed.getEntries()).extracting(SyndEntry::getUpdatedDate)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	@Transactional
	void atomFeedPutsTheLatestChangeFirst() throws Exception {
		// What a write does: touch the row (rolled back after the test), and tell the caches what changed.
		this.jdbc.sql("update event set updated_at = current_timestamp + interval '1' hour where slug = 'geneva-talks'")
			.update();
		long geneva = this.jdbc.sql("select id from event where slug = 'geneva-talks'").query(Long.class).single();
		StoreChange touched = new StoreChange(0, Set.of(new Subject(SubjectType.EVENT, geneva).tag()));
		this.views.changed(touched);
		try {
			SyndFeed feed = new SyndFeedInput()
				.build(new StringReader(body("/api/v1/exports/changes.atom?topic=tariffs", "application/atom+xml")));
			SyndEntry first = feed.getEntries().get(0);
			assertThat(first.getUri()).isEqualTo("urn:tradeline:event:geneva-talks");
			assertThat(first.getTitle()).startsWith("Changed: ");
			assertThat(first.getCategories()).anySatisfy(c -> assertThat(c.getName()).isEqualTo("changed"));
			assertThat(feed.getEntries().get(1).getTitle()).startsWith("New: ");
		}
		finally {
			// The rollback is a change too: the entry built from the touched row goes with it.
			this.views.changed(touched);
		}
	}

	/** A reader of a CSV export learns its columns from the contract's example: they are the ones served. */
	@Test
	@SuppressWarnings("unchecked")
	void theContractsCsvExamplesHaveTheServedColumns() throws Exception {
		// SnakeYAML, as Jackson's YAML reader gives an alias (*eventsCsv) as its name.
		Map<String, Object> paths = (Map<String, Object>) new Yaml()
			.<Map<String, Object>>load(Files.readString(OpenApiContract.SPEC))
			.get("paths");
		for (String path : List.of("/api/v1/exports/events.csv", "/api/v1/exports/claims.csv", "/api/v1/events")) {
			String example = (String) at(paths, path, "get", "responses", "200", "content", "text/csv", "example");
			CSVParser parsed = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(example));
			String served = body(path, "text/csv").lines().findFirst().orElseThrow();
			assertThat(String.join(",", parsed.getHeaderNames())).as(path).isEqualTo(served);
			assertThat(parsed.getRecords()).as(path).isNotEmpty()
				.allSatisfy(row -> assertThat(row.size()).as(path + " " + row).isEqualTo(parsed.getHeaderNames().size()));
		}
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> tree, String... keys) {
		Object node = tree;
		for (String key : keys) {
			node = ((Map<String, Object>) node).get(key);
		}
		return node;
	}

	private static List<CSVRecord> csv(String text) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
			.getRecords();
	}

	private static VEvent event(List<VEvent> events, String uid) {
		return events.stream()
			.filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow();
	}

	private static String property(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

}
