package org.tradeline.system;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tradeline.event.EventWrites;
import org.tradeline.support.Api;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/**
 * No N+1 on the write path: what a write looks up once for all it touches is one query, however
 * many things it touches. Each test writes resources of its own.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class WriteQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventWrites events;

	/**
	 * Restoring a source whose claims wait for subjects deleted since asks when those were deleted
	 * in one query, and passes the claims of subjects deleted together in one update: three such
	 * subjects cost what one does.
	 */
	@Test
	void restoringASourceLooksUpItsDeletedSubjectsAtOnce() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "write-queries-restore"));
		long one = statementsToRestoreASourceAbout(api, "write-queries-one", 1);
		long three = statementsToRestoreASourceAbout(api, "write-queries-three", 3);
		assertThat(three).as("statements to restore a source about three deleted figures vs one").isEqualTo(one);
	}

	private long statementsToRestoreASourceAbout(Api api, String name, int figures) throws Exception {
		List<String> slugs = IntStream.rangeClosed(1, figures).mapToObj(i -> name + "-" + i).toList();
		for (String slug : slugs) {
			MockHttpServletResponse created = api.post("/api/v1/figures", """
					{"slug": "%s", "label": "Query count figure", "amount": 1, "unit": "tonnes"}""".formatted(slug));
			assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		}
		String claims = slugs.stream().map("""
				{"subject": {"type": "figure", "slug": "%s"}, "attribute": "amount",
				 "value": "2", "valueLabel": "2 tonnes", "excerpt": "exports of 2 tonnes"}"""::formatted)
			.collect(Collectors.joining(", "));
		MockHttpServletResponse source = api.post("/api/v1/sources", """
				{"fileName": "%s.txt", "title": "Wire report", "outlet": "Example Wire", "summary": "A wire report.",
				 "sha256": "%064x", "citations": [], "claims": [%s]}""".formatted(name, name.hashCode(), claims));
		assertThat(source.getStatus()).as(source.getContentAsString()).isEqualTo(201);
		String sourceUri = "/api/v1/sources/" + (int) read(source, "$.id");
		String claim = "/api/v1/claims/" + (int) read(source, "$.claims[0].id");
		assertThat(api.delete(sourceUri, api.etag(sourceUri)).getStatus()).isEqualTo(204);
		for (String slug : slugs) {
			String figure = "/api/v1/figures/" + slug;
			assertThat(api.delete(figure, api.etag(figure)).getStatus()).isEqualTo(204);
		}
		// Deleted together: at one moment, as the first of them was.
		this.jdbc.sql("update figure set deleted_at = (select min(deleted_at) from figure where slug in (:slugs))"
				+ " where slug in (:slugs)").param("slugs", slugs).update();

		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(restore(api, sourceUri)).isEqualTo(200);
		long statements = statistics.getPrepareStatementCount();

		assertThat(api.anonymousGet(claim).getStatus()).as("its figure is still deleted").isEqualTo(404);
		assertThat(restore(api, "/api/v1/figures/" + slugs.get(0))).isEqualTo(200);
		assertThat(api.anonymousGet(claim).getStatus()).as("back with its figure").isEqualTo(200);
		return statements;
	}

	/** Adding participants (as review does) finds the event once, and changes it as it found it. */
	@Test
	void addingParticipantsFindsTheEventOnce() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "write-queries-participants"));
		assertThat(api.post("/api/v1/events", """
				{"slug": "write-queries-call", "title": "A call", "summary": "They spoke.", "kind": "call",
				 "date": {"start": "2025-06-21", "precision": "day"}}""").getStatus()).isEqualTo(201);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.events.addParticipants("write-queries-call", List.of("he-lifeng"));
		long findings = Arrays.stream(statistics.getQueries())
			.filter(query -> query.matches("(?is).*from\\s+Event\\s+e\\s+where\\s+e\\.slug\\s*=.*"))
			.mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount())
			.sum();
		assertThat(findings).as("queries finding the event by its slug").isEqualTo(1);
		assertThat((List<String>) read(api.get("/api/v1/events/write-queries-call?state=all"), "$.participants[*].actor"))
			.containsExactly("he-lifeng");
	}

	private static int restore(Api api, String uri) throws Exception {
		return api.send(MockMvcRequestBuilders.post(uri + "/restore")).getStatus();
	}

}
