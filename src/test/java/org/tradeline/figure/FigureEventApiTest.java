package org.tradeline.figure;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/** A figure names the event that released it while that event is live; the event feature tells its slug. */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class FigureEventApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aFigureShowsItsEventOnlyWhileTheEventIsLive() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-event"));
		String event = "/api/v1/events/figure-release";
		assertThat(api.post("/api/v1/events", """
				{"slug": "figure-release", "title": "Data release", "summary": "Customs data.", "kind": "data-release",
				 "date": {"start": "2025-06-09", "precision": "day"}, "location": null, "topics": [], "participants": []}""")
			.getStatus()).isEqualTo(201);
		assertThat(api.post("/api/v1/figures", """
				{"slug": "released-figure", "label": "Released", "amount": 3, "unit": "tonnes", "event": "figure-release"}""")
			.getStatus()).isEqualTo(201);
		assertThat(api.post("/api/v1/figures", """
				{"slug": "misreleased-figure", "label": "Released", "amount": 3, "unit": "tonnes", "event": "no-such-event"}""")
			.getStatus()).isEqualTo(400);
		String figure = "/api/v1/figures/released-figure";
		assertThat((String) read(api.anonymousGet(figure), "$.event")).isEqualTo("figure-release");
		assertThat(eventInList(api)).isEqualTo("figure-release");

		MockHttpServletResponse patched = api.patch(figure, api.etag(figure), "{\"amount\": 4}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat((String) read(patched, "$.event")).as("a patch keeps the event").isEqualTo("figure-release");

		assertThat(api.delete(event, api.etag(event)).getStatus()).isEqualTo(204);
		assertThat(api.anonymousGet(figure).getContentAsString()).doesNotContain("\"event\"");
		assertThat(eventInList(api)).isNull();
		// An edit of the figure while its event is deleted does not unlink them.
		patched = api.patch(figure, api.etag(figure), "{\"amount\": 5}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat(patched.getContentAsString()).doesNotContain("\"event\"");
		assertThat(api.send(MockMvcRequestBuilders.post(event + "/restore")).getStatus()).isEqualTo(200);
		assertThat((String) read(api.anonymousGet(figure), "$.event")).isEqualTo("figure-release");
		assertThat(eventInList(api)).isEqualTo("figure-release");
	}

	private static String eventInList(Api api) throws Exception {
		MockHttpServletResponse page = api.anonymousGet("/api/v1/figures?size=100");
		return read(page, "$.items[?(@.slug == 'released-figure')].event").toString().replaceAll("[\\[\\]\"]", "")
			.transform(s -> s.isEmpty() ? null : s);
	}

}
