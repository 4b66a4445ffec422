package org.tradeline.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * A participant the sources dispute (one of the competing values of a dispute, as the event's detail
 * marks it) is never stated as fact by an export: with the seed, who was the US leader on the June 5
 * call (Trump or Biden) and who were Treasury and Commerce Secretary at the London talks.
 */
@ApiTest
class DisputedParticipantsExportTest {

	private static final List<String> CALL_DISPUTED = List.of("donald-trump", "joe-biden");

	private static final List<String> LONDON_DISPUTED = List.of("scott-bessent", "howard-lutnick", "janet-yellen",
			"gina-raimondo", "becerra");

	private static final List<String> LONDON_UNDISPUTED = List.of("he-lifeng", "wang-wentao", "li-chenggang",
			"jamieson-greer");

	@Autowired
	MockMvc mvc;

	private String body(String uri, String accept) throws Exception {
		return this.mvc.perform(get(uri).accept(MediaType.parseMediaType(accept)))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The participants the event's JSON detail marks disputed: what every export must agree with. */
	private List<String> disputedInDetail(String slug) throws Exception {
		return JsonPath.read(body("/api/v1/events/" + slug, "application/json"),
				"$.participants[?(@.disputed == true)].actor");
	}

	@Test
	void jsonLdListsOnlyUndisputedParticipantsAsAttendees() throws Exception {
		assertThat(disputedInDetail("xi-trump-call")).containsExactlyInAnyOrderElementsOf(CALL_DISPUTED);
		String call = body("/api/v1/exports/events/xi-trump-call.jsonld", "application/ld+json");
		assertThat(JsonPath.<List<String>>read(call, "$.attendee[*].identifier")).containsExactly("xi-jinping");
		assertThat(JsonPath.<List<String>>read(call, "$.disputedAttendee[*].identifier"))
			.containsExactlyInAnyOrderElementsOf(CALL_DISPUTED);
		assertThat(JsonPath.<List<String>>read(call, "$.disputedAttendee[?(@.identifier == 'joe-biden')]['@type']"))
			.containsExactly("Person");
		// Every side, with the sources stating it: 000's body names Biden, the other documents Trump.
		assertThat(JsonPath.<List<String>>read(call, "$.disputedAttendee[?(@.identifier == 'joe-biden')].description"))
			.singleElement()
			.asString()
			.startsWith("Disputed — US leader: ")
			.contains("Joe Biden (article body) (Rare Earth Exchanges (REEx), c. June 11, 2025)")
			.contains("Trump (highlights) (", "The Straits Times");
		// Content negotiation on the event's URL gives the same document.
		assertThat(body("/api/v1/events/xi-trump-call", "application/ld+json")).isEqualTo(call);

		assertThat(disputedInDetail("london-talks")).containsExactlyInAnyOrderElementsOf(LONDON_DISPUTED);
		String london = body("/api/v1/exports/events/london-talks.jsonld", "application/ld+json");
		assertThat(JsonPath.<List<String>>read(london, "$.attendee[*].identifier"))
			.containsExactlyInAnyOrderElementsOf(LONDON_UNDISPUTED);
		assertThat(JsonPath.<List<String>>read(london, "$.disputedAttendee[*].identifier"))
			.containsExactlyInAnyOrderElementsOf(LONDON_DISPUTED);
		assertThat(JsonPath.<List<String>>read(london, "$.disputedAttendee[?(@.identifier == 'becerra')].description"))
			.singleElement()
			.asString()
			.startsWith("Disputed — US Treasury Secretary: ")
			.contains("Becerra (", "Janet Yellen (", "Scott Bessent (")
			.doesNotContain("Commerce");
		assertThat(JsonPath.<List<String>>read(london, "$.disputedAttendee[?(@.identifier == 'gina-raimondo')].description"))
			.singleElement()
			.asString()
			.startsWith("Disputed — US Commerce Secretary: ")
			.contains("Gina Raimondo (", "Lutnick");
	}

	@Test
	void jsonLdOfAnEventWithoutDisputedParticipantsListsThemAllAsAttendees() throws Exception {
		assertThat(disputedInDetail("geneva-talks")).isEmpty();
		String geneva = body("/api/v1/exports/events/geneva-talks.jsonld", "application/ld+json");
		assertThat(JsonPath.<List<String>>read(geneva, "$.attendee[*].identifier")).containsExactly("he-lifeng");
		assertThat(JsonPath.<List<Object>>read(geneva, "$.disputedAttendee")).isEmpty();
	}

	@Test
	void eventsCsvListsDisputedParticipantsInAColumnOfTheirOwn() throws Exception {
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body("/api/v1/exports/events.csv", "text/csv")))
			.getRecords();
		CSVRecord call = row(rows, "xi-trump-call");
		assertThat(call.get("participants")).isEqualTo("xi-jinping");
		assertThat(list(call.get("disputed_participants"))).containsExactlyInAnyOrderElementsOf(CALL_DISPUTED);
		CSVRecord london = row(rows, "london-talks");
		assertThat(list(london.get("participants"))).containsExactlyInAnyOrderElementsOf(LONDON_UNDISPUTED);
		assertThat(list(london.get("disputed_participants"))).containsExactlyInAnyOrderElementsOf(LONDON_DISPUTED);
		CSVRecord geneva = row(rows, "geneva-talks");
		assertThat(geneva.get("participants")).isEqualTo("he-lifeng");
		assertThat(geneva.get("disputed_participants")).isEmpty();
		// No other event has a disputed participant.
		assertThat(rows).filteredOn(r -> !r.get("disputed_participants").isEmpty())
			.extracting(r -> r.get("slug"))
			.containsExactlyInAnyOrder("xi-trump-call", "london-talks");
		// The negotiated CSV is the same document.
		assertThat(body("/api/v1/events?kind=call", "text/csv")).isEqualTo(body("/api/v1/exports/events.csv?kind=call",
				"text/csv"));
	}

	@Test
	void atomFeedGivesEveryDisputeWithAllItsSides() throws Exception {
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(body("/api/v1/exports/changes.atom?kind=call", "application/atom+xml")));
		String call = feed.getEntries()
			.stream()
			.filter(e -> e.getUri().equals("urn:tradeline:event:xi-trump-call"))
			.findFirst()
			.orElseThrow()
			.getDescription()
			.getValue();
		assertThat(call).contains("Disputed — US leader: ")
			.contains("Joe Biden (article body) (Rare Earth Exchanges (REEx), c. June 11, 2025)")
			.contains("Trump (highlights) (", "The Straits Times");
	}

	private static CSVRecord row(List<CSVRecord> rows, String slug) {
		return rows.stream().filter(r -> r.get("slug").equals(slug)).findFirst().orElseThrow();
	}

	private static List<String> list(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("; "));
	}

}
