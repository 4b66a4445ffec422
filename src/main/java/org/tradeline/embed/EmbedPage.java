package org.tradeline.embed;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;

import org.springframework.web.util.UriComponentsBuilder;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.SourceRef;
import org.tradeline.topic.Topic;

/**
 * What the embeddable timeline shows, rendered by the template {@code src/main/jte/embed/timeline.jte}.
 * Values stay raw text here: the template engine escapes each for where it lands (element text,
 * attribute value), so no value is escaped twice or not at all. Free text, which may be
 * right-to-left, is isolated with markup ({@code <bdi>}, {@code dir="auto"}), not control
 * characters, so it cannot reorder what follows it. The page's stylesheet and script are static
 * files ({@link EmbedAssets}); the page itself makes no other request.
 *
 * @param options the filters and theme asked for
 * @param topics the topics offered by the filter form
 * @param entries the events shown, with their claims and disputes
 * @param assets where the page's stylesheet and script are, relative to the page
 */
record EmbedPage(EmbedOptions options, List<Topic> topics, List<TimelineEntry> entries, EmbedAssets assets) {

	// Precompiled at build time (jte-maven-plugin, package org.tradeline): no compiler at run time.
	private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
			EmbedPage.class.getClassLoader(), "org.tradeline");

	/** Writes the page event by event as the template formats it. */
	void render(Writer out) {
		TEMPLATES.render("embed/timeline.jte", this, new WriterOutput(out));
	}

	boolean selected(Topic topic) {
		return topic.getSlug().equals(this.options.topic());
	}

	/** The filters other than the topic, carried along when the form picks another topic. */
	Map<String, String> keptParameters() {
		Map<String, String> kept = new LinkedHashMap<>(this.options.parameters());
		kept.remove("topic");
		return kept;
	}

	/** An export of the same events, relative to the page so it works behind any path prefix. */
	String exportUrl(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(".." + path);
		this.options.parameters().forEach((name, value) -> {
			if (!name.equals("theme")) {
				url.queryParam(name, value);
			}
		});
		return url.encode().build().toUriString();
	}

	static boolean approximate(TimelineEntry entry) {
		return entry.date().precision() != DatePrecision.DAY;
	}

	/**
	 * A valid HTML datetime no more precise than the date ({@link PartialDate#iso}): a day, a month
	 * (for parts of a month, "around June 11" and "June 9–10"), a year; null when none holds (days in
	 * two years), and then the page shows the date in a {@code <span>}: a {@code <time>} without a
	 * datetime must hold a valid one as its text, and a label is none. HTML has no span, so a date of
	 * several days is the month or year holding them all.
	 */
	static String machineDate(EventDate date) {
		PartialDate start = new PartialDate(date.start(), date.precision());
		return PartialDate.iso(start, (date.end() != null) ? new PartialDate(date.end(), date.precision()) : start);
	}

	/** Each source the event's claims cite, with its distinct excerpts, in the order first cited. */
	static Map<SourceRef, List<String>> quotesBySource(TimelineEntry entry) {
		Map<SourceRef, List<String>> excerpts = new LinkedHashMap<>();
		for (ClaimView claim : entry.claims()) {
			List<String> list = excerpts.computeIfAbsent(claim.source(), s -> new ArrayList<>());
			if (!list.contains(claim.excerpt())) {
				list.add(claim.excerpt());
			}
		}
		return excerpts;
	}

}
