package org.tradeline.embed;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.tradeline.event.Timeline;
import org.tradeline.event.TimelineEntry;
import org.tradeline.export.ExportSlots;
import org.tradeline.web.PublicLinks;
import org.tradeline.topic.Topic;
import org.tradeline.topic.TopicRepository;

/**
 * HTML for people rather than an API for programs, so it is left out of the OpenAPI contract. Bad
 * parameters are answered like the API's (400 problem+json naming the parameter): an editor sees
 * the mistake while building the snippet, never a stack trace. The page can hold the whole timeline,
 * so it shares the exports' slots and is written like them: computed first, then streamed.
 */
@Controller
@Hidden
class EmbedController {

	private final Timeline timeline;

	private final TopicRepository topics;

	private final ExportSlots slots;

	private final PublicLinks links;

	private final ResourceUrlProvider assets;

	EmbedController(Timeline timeline, TopicRepository topics, ExportSlots slots, PublicLinks links,
			ResourceUrlProvider assets) {
		this.timeline = timeline;
		this.topics = topics;
		this.slots = slots;
		this.links = links;
		this.assets = assets;
	}

	@GetMapping(path = "/embed/timeline", produces = MediaType.TEXT_HTML_VALUE)
	void timeline(@RequestParam(required = false) String topic, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String theme, HttpServletResponse response) throws IOException {
		EmbedOptions options = new EmbedOptions(topic, actor, from, to, theme);
		try (ExportSlots.Slot slot = this.slots.take()) {
			List<TimelineEntry> entries = this.timeline.entries(options.filter(), null);
			List<Topic> all = this.topics.findAll(PageRequest.of(0, 100, Sort.by("name"))).getContent();
			response.setContentType("text/html;charset=UTF-8");
			new EmbedPage(options, all, entries, EmbedAssets.resolve(this.assets)).render(response.getWriter());
		}
	}

	@GetMapping(path = "/embed/snippet", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String snippet(@RequestParam(required = false) String topic, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String theme) {
		EmbedOptions options = new EmbedOptions(topic, actor, from, to, theme);
		// Validates the filters exactly as the page would, so a snippet never embeds an error.
		this.timeline.check(options.filter());
		UriComponentsBuilder url = this.links.link("/embed/timeline");
		options.parameters().forEach(url::queryParam);
		return "<iframe src=\"" + HtmlUtils.htmlEscape(url.encode().build().toUriString(), "UTF-8") + "\" title=\""
				+ HtmlUtils.htmlEscape(options.title(), "UTF-8")
				+ "\" width=\"100%\" height=\"640\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>\n";
	}

}
