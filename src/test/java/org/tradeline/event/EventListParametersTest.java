package org.tradeline.event;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tradeline.cache.etag.Etags;
import org.tradeline.event.revision.EventRevisions;
import org.tradeline.store.Visibility;
import org.tradeline.web.PublicLinks;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.tradeline.support.Problems.invalidParameter;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the event list reads its query parameters, with no database behind it: a value that does not
 * parse or is out of range is a 400 problem naming the parameter, before anything is looked up, and
 * the values that do parse reach the catalog as the query they say. Whether a named topic or actor
 * exists is the catalog's to say, against the store ({@link EventApiTest}). The controller and the
 * one problem handler are the application's own; only the services behind the controller are
 * stand-ins, and the servlet filters (security, caches, limits) are left out as not under test.
 */
@WebMvcTest(EventController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ Etags.class, PublicLinks.class })
class EventListParametersTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EventCatalog catalog;

	@MockitoBean
	EventWrites writes;

	@MockitoBean
	EventRevisions revisions;

	/** The query as a client sends it, already percent-encoded. */
	private ResultActions events(String query) throws Exception {
		return this.mvc.perform(get(URI.create("/api/v1/events?" + query))).andExpect(conforms());
	}

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			from=2025-13-01               | from
			from=yesterday                | from
			from=2025-06-10&to=2025-06-01 | from
			size=101                      | size
			size=0                        | size
			page=-1                       | page
			page=first                    | page
			sort=slug                     | sort
			sort=date,sideways            | sort
			kind=rumour                   | kind
			disputed=maybe                | disputed
			""")
	void rejectsBadParametersWithProblem400(String query, String parameter) throws Exception {
		events(query).andExpect(invalidParameter(parameter));
		verifyNoInteractions(this.catalog);
	}

	@Test
	void rejectsAnOverlongSearch() throws Exception {
		events("q=" + "x".repeat(201)).andExpect(invalidParameter("q"));
		verifyNoInteractions(this.catalog);
	}

	@Test
	void passesEveryParameterToTheCatalogAsTheQueryItSays() throws Exception {
		given(this.catalog.find(any())).willReturn(new PageResponse<>(List.of(), 2, 5, 0, 0));
		events("from=2025-06-01&to=2025-06-30&topic=rare-earths&actor=he-lifeng&kind=call&q=%20London%20talks%20"
				+ "&disputed=true&sort=title,desc&page=2&size=5")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5));
		then(this.catalog).should()
			.find(new EventQuery(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), "rare-earths", "he-lifeng",
					EventKind.CALL, "London talks", true, Sort.by(Sort.Direction.DESC, "title").and(Sort.by("slug")),
					new Paging(2, 5), Visibility.PUBLIC, null));
	}

	@Test
	void withoutParametersListsEveryEventOldestFirstInPagesOfTwenty() throws Exception {
		given(this.catalog.find(any())).willReturn(new PageResponse<>(List.of(), 0, Paging.DEFAULT_SIZE, 0, 0));
		events("").andExpect(status().isOk());
		then(this.catalog).should()
			.find(new EventQuery(null, null, null, null, null, null, null, Sort.by("startDate", "slug"),
					new Paging(0, Paging.DEFAULT_SIZE), Visibility.PUBLIC, null));
	}

}
