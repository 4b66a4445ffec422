package org.tradeline.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each export escapes stored text for where the file lands, even text that input validation would
 * refuse today: the rows are written with JDBC, as old data or a restored backup could hold them
 * (rolled back after each test). Each test filters on a word of its own, so no other test's
 * answer is in the way.
 */
@ApiTest
@Transactional
class ExportEscapingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long event(String slug, String title, String summary, String location) {
		this.jdbc.sql("""
				insert into event (slug, title, summary, kind, start_date, date_precision, location)
				values (?, ?, ?, 'STATEMENT', date '2025-07-01', 'DAY', ?)""")
			.params(slug, title, summary, location)
			.update();
		return this.jdbc.sql("select id from event where slug = ?").param(slug).query(Long.class).single();
	}

	private void claim(long event, String value, String label, String excerpt) {
		this.jdbc.sql("""
				insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
				values ((select min(id) from source), ?, 'location', ?, ?, ?)""")
			.params(event, value, label, excerpt)
			.update();
	}

	private String body(String uri, String accept) throws Exception {
		return this.mvc.perform(get(uri).accept(MediaType.parseMediaType(accept)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
		long id = event("csv-formulas", "=HYPERLINK(\"http://evil.example\",\"open\")", "@SUM(1+1) csvformulaword",
				"+1+2");
		claim(id, "-12.5", "\tcmd|' /C calc'!A0", "-2+3 is what it said");
		claim(id, "-3", "\rtrailing", "=1+1");

		String events = body("/api/v1/exports/events.csv?q=csvformulaword", "text/csv");
		// The apostrophe goes inside the quoted cell, before the formula.
		assertThat(events).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"", "\"'+1+2\"");
		CSVRecord row = csv(events).get(0);
		assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"open\")");
		assertThat(row.get("summary")).isEqualTo("'@SUM(1+1) csvformulaword");
		assertThat(row.get("location")).isEqualTo("'+1+2");
		// Counts are never negative and stay plain numbers.
		assertThat(row.get("claims")).isEqualTo("2");

		List<CSVRecord> claims = csv(body("/api/v1/exports/claims.csv?q=csvformulaword", "text/csv"));
		assertThat(claims).extracting(r -> r.get("value")).containsExactlyInAnyOrder("-12.5", "-3");
		assertThat(claims).extracting(r -> r.get("value_label"))
			.containsExactlyInAnyOrder("'\tcmd|' /C calc'!A0", "'\rtrailing");
		assertThat(claims).extracting(r -> r.get("excerpt")).containsExactlyInAnyOrder("'-2+3 is what it said", "'=1+1");
	}

	@Test
	void jsonLdCannotCloseTheScriptElementItIsPastedInto() throws Exception {
		event("jsonld-markup", "</script><script>alert(1)</script>", "Trade & tariffs <!-- a comment -->", "A > B");
		for (String uri : List.of("/api/v1/events/jsonld-markup", "/api/v1/exports/events/jsonld-markup.jsonld")) {
			String ld = body(uri, "application/ld+json");
			assertThat(ld).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e", "Trade \\u0026 tariffs");
			// Any JSON parser reads the original text back.
			assertThat(JsonPath.<String>read(ld, "$.name")).isEqualTo("</script><script>alert(1)</script>");
			assertThat(JsonPath.<String>read(ld, "$.description")).isEqualTo("Trade & tariffs <!-- a comment -->");
			assertThat(JsonPath.<String>read(ld, "$.location.name")).isEqualTo("A > B");
		}
	}

	@Test
	void atomFeedStaysWellFormedWithCharactersXmlForbidsInTheStore() throws Exception {
		event("atom-controls", "Bell\u0007 and start-of-heading\u0001 atomcontrolword", "Vertical\u000Btab and escape\u001B",
				"Nul-free\u0008 place");
		String atom = body("/api/v1/exports/changes.atom?q=atomcontrolword", "application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom)));
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(feed.getEntries()).hasSize(1);
		assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("New: Bell\uFFFD and start-of-heading\uFFFD atomcontrolword");
		assertThat(feed.getEntries().get(0).getDescription().getValue()).contains("Vertical\uFFFDtab and escape\uFFFD");
	}

	@Test
	void iCalendarTextAndSlugsCannotStartAPropertyOfTheirOwn() throws Exception {
		event("ics\r\nATTENDEE:mailto:victim@example.org", "Line one\r\nX-INJECTED:1 icsbreakword",
				"Summary\nRRULE:FREQ=DAILY", "Place\rGEO:1;2");
		String ics = body("/api/v1/exports/events.ics?q=icsbreakword", "text/calendar");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		for (String injected : List.of("ATTENDEE", "X-INJECTED", "RRULE", "GEO")) {
			assertThat(event.getProperty(injected)).as(injected).isEmpty();
		}
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Line one\nX-INJECTED:1 icsbreakword");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Place\nGEO:1;2");
		assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
			.endsWith("/api/v1/events/ics%0D%0AATTENDEE:mailto:victim@example.org");
	}

	private static List<CSVRecord> csv(String text) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
			.getRecords();
	}

}
