package org.tradeline.event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;
import org.tradeline.support.OpenApiContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A draft is part of no public output. The crawl reads every GET operation openapi.yaml publishes
 * (and the embed routes), in every media type it documents, for every resource the public can name,
 * and looks for what only the drafts say; a new GET operation is crawled too, or the test fails
 * asking how to name its resources. The disputes, standings, stats, topic counts and lists the
 * public sees are the same bytes before and after the drafts were written. Publishing then brings
 * all of it out, through the read cache's invalidation.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=drafts")
class DraftVisibilityApiTest {

	private static final String SLUG = "secret-draft-summit";

	/** Every text the drafts carry contains it: title, summary, values, labels, excerpts. */
	private static final String MARK = "xyzzy";

	/** A day by which the drafts' sources were in print, for the reads as of a day. */
	private static final String AS_OF = "2025-06-30";

	private static final String EVENT = """
			{"slug": "%s", "title": "Xyzzy summit", "summary": "Negotiators met at Xyzzy.", "kind": "talks",
			 "date": {"start": "2025-06-20", "precision": "day"}, "topics": ["tariffs"],
			 "participants": [{"actor": "he-lifeng", "role": "Xyzzy delegate", "side": "china"}], "state": "draft"}""";

	/** What the public reads whose bytes the drafts must not change, and publishing them changes. */
	private static final List<String> UNCHANGED = List.of("/api/v1/disputes?size=100", "/api/v1/stats",
			"/api/v1/sources?size=100", "/api/v1/topics", "/api/v1/events?size=100", "/api/v1/actors/he-lifeng",
			"/api/v1/events/geneva-talks");

	@Autowired
	MockMvc mvc;

	long draftSource;

	@Test
	void draftsAppearInNoPublicOutputUntilPublished() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "draft-crawl"));
		long first = source(api, "draft-crawl-1.txt", "1");
		long second = source(api, "draft-crawl-2.txt", "2");
		Map<String, String> before = read(UNCHANGED);

		assertThat(api.post("/api/v1/events", EVENT.formatted(SLUG)).getStatus()).isEqualTo(201);
		// Published claims about the draft event that dispute its location, and a draft one.
		List<Long> hidden = new ArrayList<>();
		hidden.add(claim(api, first, "event", SLUG, "location", "Xyzzy City", null));
		hidden.add(claim(api, second, "event", SLUG, "location", "Xyzzy Town", null));
		long stillDraft = claim(api, first, "event", SLUG, "start-date", "2025-06-20", "draft");
		hidden.add(stillDraft);
		// Draft claims about published subjects that would open a dispute and change a standing.
		long onGeneva = claim(api, second, "event", "geneva-talks", "location", "Xyzzyville", "draft");
		long onActor = claim(api, first, "actor", "he-lifeng", "title", "Xyzzy Premier", "draft");
		hidden.add(onGeneva);
		hidden.add(onActor);
		// A draft source (an ingested document under review) and its claims, drafts until it is published.
		this.draftSource = source(api, "draft-crawl-3.txt", "3", "draft");
		hidden.add(claim(api, this.draftSource, "event", "geneva-talks", "end-date", "2025-05-13", null));
		hidden.add(claim(api, this.draftSource, "actor", "he-lifeng", "title", "Xyzzy Envoy", "draft"));

		List<String> crawled = crawl(hidden, false);
		assertThat(crawled).as("outputs crawled").contains("GET /embed/timeline (text/html)",
				"GET /api/v1/exports/changes.atom (application/atom+xml)", "GET /api/v1/events (text/csv)",
				"GET /api/v1/events/" + SLUG + " (application/ld+json)", "GET /api/v1/claims/" + onGeneva + " (application/json)");
		assertThat(crawled).as("outputs crawled").hasSizeGreaterThan(40)
			.contains("GET /api/v1/events/geneva-talks?asOf=" + AS_OF + " (application/json)",
					"GET /api/v1/events?size=100&updatedSince=2000-01-01T00:00:00Z&includeDeleted=true (application/json)");
		assertThat(read(UNCHANGED)).as("what the public reads, before and after the drafts").isEqualTo(before);
		editorsListsFlagTheDisputesTheirDetailsShow(api);

		api.patch("/api/v1/events/" + SLUG, api.editorEtag("/api/v1/events/" + SLUG), "{\"state\": \"published\"}");
		for (long claim : List.of(onGeneva, onActor)) {
			String uri = "/api/v1/claims/" + claim;
			assertThat(api.patch(uri, api.editorEtag(uri), "{\"state\": \"published\"}").getStatus()).isEqualTo(200);
		}
		// The event's own draft claim stays a draft.
		crawl(List.of(stillDraft), true);
		Map<String, String> after = read(UNCHANGED);
		for (String uri : UNCHANGED) {
			assertThat(after.get(uri)).as("%s once published", uri).isNotEqualTo(before.get(uri));
		}
	}

	/**
	 * An editor's list counts the draft claims as the event's detail does: an event is flagged, and
	 * selected by {@code disputed}, exactly when its detail in the editor's view shows a dispute.
	 */
	private void editorsListsFlagTheDisputesTheirDetailsShow(Api api) throws Exception {
		String list = "/api/v1/events?state=all&size=100";
		List<String> slugs = Api.read(api.get(list), "$.items[*].slug");
		List<Boolean> flags = Api.read(api.get(list), "$.items[*].disputed");
		List<String> disputed = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			List<Object> shown = Api.read(api.get("/api/v1/events/" + slugs.get(i) + "?state=all"), "$.disputes");
			assertThat(flags.get(i)).as("%s flagged disputed in the editor's list", slugs.get(i))
				.isEqualTo(!shown.isEmpty());
			if (!shown.isEmpty()) {
				disputed.add(slugs.get(i));
			}
		}
		// Disputed only through claims the public does not see: published ones about the draft event,
		// and a draft one about Geneva's location.
		assertThat(disputed).as("events an editor sees disputed").contains(SLUG, "geneva-talks");
		assertThat(Api.<List<String>>read(api.get(list + "&disputed=true"), "$.items[*].slug"))
			.as("the editor's list of disputed events")
			.containsExactlyElementsOf(disputed);
		assertThat(Api.<List<String>>read(api.get(list + "&disputed=false"), "$.items[*].slug"))
			.as("the editor's list of undisputed events")
			.doesNotContainAnyElementsOf(disputed)
			.hasSize(slugs.size() - disputed.size());
	}

	/**
	 * GETs every public output and checks what the drafts say is in none of them, or, once the event
	 * is published, in those that list or name it; the draft claims given are 404 either way.
	 * Returns what was read.
	 */
	private List<String> crawl(List<Long> hiddenClaims, boolean published) throws Exception {
		List<String> slugs = new ArrayList<>(list("/api/v1/events?size=100", "$.items[*].slug"));
		assertThat(slugs.contains(SLUG)).as("the event listed").isEqualTo(published);
		slugs.add(SLUG);
		Map<String, List<String>> keys = new LinkedHashMap<>();
		keys.put("/api/v1/events/{slug}", slugs);
		keys.put("/api/v1/exports/events/{slug}.jsonld", slugs);
		keys.put("/api/v1/actors/{slug}", list("/api/v1/actors?size=100", "$.items[*].slug"));
		keys.put("/api/v1/figures/{slug}", list("/api/v1/figures?size=100", "$.items[*].slug"));
		List<String> sources = new ArrayList<>(list("/api/v1/sources?size=100", "$.items[*].id"));
		assertThat(sources).as("the draft source listed").doesNotContain(String.valueOf(this.draftSource));
		sources.add(String.valueOf(this.draftSource));
		keys.put("/api/v1/sources/{id}", sources);
		List<String> claims = new ArrayList<>(list("/api/v1/events/geneva-talks", "$.claims[*].id"));
		hiddenClaims.forEach(id -> claims.add(String.valueOf(id)));
		keys.put("/api/v1/claims/{id}", claims);

		List<String> crawled = new ArrayList<>();
		for (Operation operation : operations()) {
			List<String> targets = new ArrayList<>();
			if (!operation.path().contains("{")) {
				targets.add(operation.path() + (operation.paged() ? "?size=100" : ""));
			}
			else if (keys.containsKey(operation.path())) {
				String parameter = operation.path().replaceAll(".*\\{(\\w+)}.*", "$1");
				keys.get(operation.path()).forEach(key -> targets.add(operation.path().replace("{" + parameter + "}", key)));
			}
			else {
				fail("How does the public name the resources of GET %s? Add them to the crawl.", operation.path());
			}
			// The same reads as of a day after the drafts' sources were published, and as a sync.
			List<String> variants = new ArrayList<>();
			for (String target : targets) {
				String join = target.contains("?") ? "&" : "?";
				if (operation.asOf()) {
					variants.add(target + join + "asOf=" + AS_OF);
				}
				if (operation.sync()) {
					variants.add(target + join + "updatedSince=2000-01-01T00:00:00Z&includeDeleted=true");
				}
			}
			targets.addAll(variants);
			for (String listed : targets) {
				for (String media : operation.media()) {
					// Another representation of a JSON resource (the list's CSV) is whole: no paging or sync.
					String target = (!media.equals("application/json") && operation.media().contains("application/json"))
							? withoutPagingOrSync(listed) : listed;
					boolean draft = (target.contains(SLUG) && !published) || hiddenClaims.stream()
						.anyMatch(id -> target.equals("/api/v1/claims/" + id))
							|| target.matches("/api/v1/sources/" + this.draftSource + "(\\?.*)?");
					ResultActions result = this.mvc.perform(get(target).header(HttpHeaders.ACCEPT, media));
					MockHttpServletResponse response = result.andReturn().getResponse();
					if (!media.startsWith("text/html")) {
						result.andExpect(conforms());
					}
					String body = response.getContentAsString(StandardCharsets.UTF_8);
					String label = "GET " + target + " (" + media + ")";
					if (draft) {
						assertThat(response.getStatus()).as(label).isEqualTo(404);
					}
					else {
						assertThat(response.getStatus()).as(label + ": " + body).isEqualTo(200);
					}
					if (!published) {
						assertThat(body.toLowerCase(Locale.ROOT)).as(label).doesNotContain(MARK);
						// A 404 names what was asked for; nothing else names the draft.
						if (!draft) {
							assertThat(body).as(label).doesNotContain(SLUG);
						}
					}
					crawled.add(label);
				}
			}
		}
		if (published) {
			for (String output : List.of("/api/v1/exports/timeline.json", "/api/v1/exports/events.csv",
					"/api/v1/exports/claims.csv", "/api/v1/exports/events.ics", "/api/v1/exports/changes.atom",
					"/embed/timeline", "/api/v1/disputes?size=100", "/api/v1/events/" + SLUG)) {
				assertThat(this.mvc.perform(get(output)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
					.as("%s once published", output)
					.containsIgnoringCase(MARK);
			}
		}
		return crawled;
	}

	private static String withoutPagingOrSync(String target) {
		String[] parts = target.split("\\?", 2);
		String query = (parts.length < 2) ? "" : Arrays.stream(parts[1].split("&"))
			.filter(pair -> !pair.matches("(size|updatedSince|includeDeleted)=.*"))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? parts[0] : parts[0] + "?" + query;
	}

	/** The GET operations openapi.yaml publishes that need no token, and the embed page. */
	private static List<Operation> operations() throws Exception {
		JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContract.SPEC.toFile()).get("paths");
		List<Operation> operations = new ArrayList<>();
		for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
			JsonNode get = path.getValue().get("get");
			// Operations for token holders only (admin, revisions, suggestions) are not public outputs.
			if (get == null || get.has("security")) {
				continue;
			}
			List<String> media = new ArrayList<>();
			get.at("/responses/200/content").fieldNames().forEachRemaining(media::add);
			String parameters = get.path("parameters").toString();
			operations.add(new Operation(path.getKey(), media, parameters.contains("#/components/parameters/Size"),
					parameters.contains("#/components/parameters/AsOf"),
					parameters.contains("#/components/parameters/UpdatedSince")));
		}
		operations.add(new Operation("/embed/timeline", List.of("text/html"), false, false, false));
		return operations;
	}

	private record Operation(String path, List<String> media, boolean paged, boolean asOf, boolean sync) {
	}

	private Map<String, String> read(List<String> uris) throws Exception {
		Map<String, String> bodies = new LinkedHashMap<>();
		for (String uri : uris) {
			MockHttpServletResponse response = this.mvc.perform(get(uri)).andExpect(conforms()).andReturn().getResponse();
			assertThat(response.getStatus()).as(uri).isEqualTo(200);
			bodies.put(uri, response.getContentAsString(StandardCharsets.UTF_8));
		}
		return bodies;
	}

	private List<String> list(String uri, String path) throws Exception {
		List<Object> values = JsonPath.read(this.mvc.perform(get(uri)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8), path);
		return values.stream().map(String::valueOf).toList();
	}

	private static long source(Api api, String fileName, String digit) throws Exception {
		return source(api, fileName, digit, "published");
	}

	private static long source(Api api, String fileName, String digit, String state) throws Exception {
		String outlet = state.equals("draft") ? "Xyzzy Gazette" : "Draft Wire";
		MockHttpServletResponse created = api.post("/api/v1/sources", """
				{"fileName": "%s", "outlet": "%s", "summary": "A wire report for the draft crawl.",
				 "publishedOn": "2025-06-21", "publishedPrecision": "day", "state": "%s",
				 "sha256": "%s", "citations": []}""".formatted(fileName, outlet, state, digit.repeat(64)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return ((Number) Api.read(created, "$.id")).longValue();
	}

	private static long claim(Api api, long source, String type, String slug, String attribute, String value,
			String state) throws Exception {
		MockHttpServletResponse created = api.post("/api/v1/claims", """
				{"source": %d, "subject": {"type": "%s", "slug": "%s"}, "attribute": "%s", "value": "%s",
				 "valueLabel": "%s", "excerpt": "It says %s."%s}""".formatted(source, type, slug, attribute, value,
				value, value, (state != null) ? ", \"state\": \"" + state + "\"" : ""));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return ((Number) Api.read(created, "$.id")).longValue();
	}

}
