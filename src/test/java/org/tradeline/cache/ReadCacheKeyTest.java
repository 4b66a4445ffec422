package org.tradeline.cache;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Editors;
import org.tradeline.support.OpenApiContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read cache keys on what the handler uses: one request can never plant an answer that another
 * request, asking for something else, is then served.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ReadCacheKeyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ReadRoutes routes;

	private Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void aSecondAcceptHeaderCannotPlantAnotherMediaTypeForPlainClients() throws Exception {
		// Spring MVC negotiates on every Accept header: this client asked for iCalendar and gets it.
		this.mvc.perform(get("/api/v1/events?topic=tariffs").header(HttpHeaders.ACCEPT, "*/*", "text/calendar"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"));
		this.mvc.perform(get("/api/v1/events?topic=tariffs").header(HttpHeaders.ACCEPT, "*/*"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items").isArray());
		this.mvc.perform(get("/api/v1/events?topic=tariffs"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		this.mvc.perform(get("/api/v1/events?topic=tariffs").header(HttpHeaders.ACCEPT, "text/csv"))
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
		this.mvc.perform(get("/api/v1/events?topic=tariffs").header(HttpHeaders.ACCEPT, "*/*"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	@Test
	void aDetailInJsonLdIsNotServedToJsonClientsNorTheOtherWayRound() throws Exception {
		this.mvc.perform(get("/api/v1/events/geneva-talks").header(HttpHeaders.ACCEPT, "application/ld+json"))
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"));
		this.mvc.perform(get("/api/v1/events/geneva-talks"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		this.mvc.perform(get("/api/v1/events/geneva-talks").header(HttpHeaders.ACCEPT, "application/ld+json"))
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"));
	}

	@Test
	void aParameterNameHoldingEncodedEqualsAndAmpersandIsRefusedNotTakenForTheFilter() throws Exception {
		this.mvc.perform(get(URI.create("/api/v1/events?from%3D2025-06-01%26to=2025-06-10")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].parameter").value("from=2025-06-01&to"));
		String all = this.mvc.perform(get("/api/v1/events?size=100")).andReturn().getResponse().getContentAsString();
		String filtered = this.mvc.perform(get(URI.create("/api/v1/events?from=2025-06-01&to=2025-06-10&size=100")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(filtered, "$.totalItems"))
			.isLessThan((Integer) JsonPath.read(all, "$.totalItems"));
	}

	@Test
	void aValueHoldingAmpersandAndEqualsNeverSharesAKeyWithTheSplitQuery() throws Exception {
		this.mvc.perform(get(URI.create("/api/v1/events?q=talks%26size%3D1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get(URI.create("/api/v1/events?q=talks&size=1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void unknownParametersAreRefusedNamingThemCachedOrNot() throws Exception {
		this.mvc.perform(get("/api/v1/events?tpoic=tariffs&zz=1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].parameter").value("tpoic, zz"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tpoic")));
		this.mvc.perform(get("/api/v1/events/geneva-talks/revisions?bogus=1").with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("bogus"));
		this.mvc.perform(get("/api/v1/stats?cachebuster=42")).andExpect(status().isBadRequest());
		// A URL of many made-up names gets the first five back in order, and a count of the rest.
		this.mvc.perform(get("/api/v1/topics?a1=1&a2=1&a3=1&a4=1&a5=1&a6=1&a7=1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("a1, a2, a3, a4, a5 and 2 more"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("a6"))));
		this.mvc.perform(head("/api/v1/topics?cachebuster=42")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/embed/timeline?cachebuster=42"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// What the routes do declare is still taken.
		this.mvc.perform(get("/api/v1/exports/events.csv?topic=tariffs&sort=date")).andExpect(status().isOk());
		this.mvc.perform(get("/embed/timeline?topic=tariffs&theme=dark")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/events/geneva-talks/revisions?page=0&size=5")
			.with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))).andExpect(status().isOk());
	}

	@Test
	void theContractListsExactlyTheQueryParametersEachRouteTakes() {
		OpenAPI contract = new OpenAPIV3Parser().read(OpenApiContract.SPEC.toString());
		int operations = 0;
		for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
				Set<String> documented = new TreeSet<>();
				if (operation.getValue().getParameters() != null) {
					operation.getValue()
						.getParameters()
						.stream()
						.filter(parameter -> "query".equals(parameter.getIn()))
						.forEach(parameter -> documented.add(parameter.getName()));
				}
				assertThat(this.routes.declaredParameters(path.getKey(), operation.getKey().name()))
					.as("%s %s", operation.getKey(), path.getKey())
					.isEqualTo(documented);
				operations++;
			}
		}
		assertThat(operations).isGreaterThan(40);
	}

	@Test
	void headIsAnsweredFromTheGetEntry() throws Exception {
		MockHttpServletResponse got = this.mvc.perform(get("/api/v1/actors?size=3")).andReturn().getResponse();
		statistics().clear();
		MockHttpServletResponse headed = this.mvc.perform(head("/api/v1/actors?size=3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(statistics().getPrepareStatementCount()).as("served from the cache").isZero();
		assertThat(headed.getHeader(HttpHeaders.ETAG)).isEqualTo(got.getHeader(HttpHeaders.ETAG));
		assertThat(headed.getContentLength()).isEqualTo(got.getContentAsByteArray().length);
		assertThat(headed.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aHeadThatMissesComputesTheGetEntry() throws Exception {
		MockHttpServletResponse headed = this.mvc.perform(head("/api/v1/actors?size=4"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(headed.getContentAsByteArray()).isEmpty();
		statistics().clear();
		MockHttpServletResponse got = this.mvc.perform(get("/api/v1/actors?size=4"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(statistics().getPrepareStatementCount()).as("served from the cache").isZero();
		assertThat(got.getHeader(HttpHeaders.ETAG)).isEqualTo(headed.getHeader(HttpHeaders.ETAG));
		assertThat(got.getContentAsByteArray()).hasSize(headed.getContentLength());
	}

	@Test
	void embeddablePagesAreCachedWithTheirParameters() throws Exception {
		String dark = this.mvc.perform(get("/embed/timeline?theme=dark&topic=rare-earths"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		statistics().clear();
		String again = this.mvc.perform(get("/embed/timeline?topic=rare-earths&theme=dark"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(statistics().getPrepareStatementCount()).as("served from the cache").isZero();
		assertThat(again).isEqualTo(dark);
		String light = this.mvc.perform(get("/embed/timeline?theme=light&topic=rare-earths"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(light).isNotEqualTo(dark);
	}

	@Test
	void negotiatedAnswersVaryOnAcceptAndOthersDoNot() throws Exception {
		for (String uri : new String[] { "/api/v1/events", "/api/v1/events/geneva-talks" }) {
			for (int i = 0; i < 2; i++) {
				assertThat(this.mvc.perform(get(uri)).andReturn().getResponse().getHeaders(HttpHeaders.VARY))
					.as(uri + (i == 0 ? "" : ", from the cache"))
					.contains(HttpHeaders.ACCEPT);
			}
		}
		assertThat(this.mvc.perform(head("/api/v1/events")).andReturn().getResponse().getHeaders(HttpHeaders.VARY))
			.contains(HttpHeaders.ACCEPT);
		this.mvc.perform(get("/api/v1/events").header(HttpHeaders.ACCEPT, "text/calendar"))
			.andExpect(header().stringValues(HttpHeaders.VARY, org.hamcrest.Matchers.hasItem(HttpHeaders.ACCEPT)));
		assertThat(this.mvc.perform(get("/api/v1/topics")).andReturn().getResponse().getHeaders(HttpHeaders.VARY))
			.doesNotContain(HttpHeaders.ACCEPT);
	}

}
