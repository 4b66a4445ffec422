package org.tradeline.provenance;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The disputes a careful reader finds in the five documents: 000 names Biden-era officials and
 * Biden himself, 002 names "Becerra" as Treasury Secretary; 000 also contradicts itself.
 */
@ApiTest
class DisputeApiTest {

	private static final String DOC_000 = "000_d0ee0f4fab4b2662.txt";

	@Autowired
	MockMvc mvc;

	@Test
	void findsTheDisputesInTheSeed() throws Exception {
		this.mvc.perform(get("/api/v1/disputes"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder("event:london-talks:us-treasury-secretary",
					"event:london-talks:us-commerce-secretary", "event:xi-trump-call:us-leader")));
	}

	@Test
	void showsEveryCompetingValueWithItsIndependentSupportAndEvidence() throws Exception {
		String treasury = "$.items[?(@.id == 'event:london-talks:us-treasury-secretary')]";
		this.mvc.perform(get("/api/v1/disputes"))
			.andExpect(jsonPath(treasury + ".positions[*].value").value(contains("scott-bessent", "janet-yellen", "becerra")))
			.andExpect(jsonPath(treasury + ".positions[*].supportingSources").value(contains(2, 1, 1)))
			.andExpect(jsonPath(treasury + ".positions[1].claims[0].source.fileName").value(DOC_000))
			.andExpect(jsonPath(treasury + ".positions[1].claims[0].excerpt").value(contains(containsString("Janet Yellen"))))
			.andExpect(jsonPath(treasury + ".positions[2].claims[0].excerpt").value(contains(containsString("Becerra"))))
			.andExpect(jsonPath(treasury + ".selfContradictingSources").value(contains(empty())));
	}

	@Test
	void flagsTheDocumentThatContradictsItself() throws Exception {
		String call = "$.items[?(@.id == 'event:xi-trump-call:us-leader')]";
		String commerce = "$.items[?(@.id == 'event:london-talks:us-commerce-secretary')]";
		this.mvc.perform(get("/api/v1/disputes"))
			.andExpect(jsonPath(call + ".positions[*].value").value(contains("donald-trump", "joe-biden")))
			.andExpect(jsonPath(call + ".positions[0].supportingSources").value(contains(5)))
			.andExpect(jsonPath(call + ".selfContradictingSources[*].fileName").value(contains(DOC_000)))
			.andExpect(jsonPath(commerce + ".positions[*].value").value(contains("howard-lutnick", "gina-raimondo")))
			.andExpect(jsonPath(commerce + ".selfContradictingSources[*].fileName").value(contains(DOC_000)));
	}

	@Test
	void filtersBySubjectType() throws Exception {
		this.mvc.perform(get("/api/v1/disputes?subjectType=figure"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get("/api/v1/disputes?subjectType=event&size=1&page=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalPages").value(3));
		this.mvc.perform(get("/api/v1/disputes?subjectType=rumour"))
			.andExpect(status().isBadRequest())
			.andExpect(conforms())
			.andExpect(jsonPath("$.errors[0].parameter").value("subjectType"));
	}

}
