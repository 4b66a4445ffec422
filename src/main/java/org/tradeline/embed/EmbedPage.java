package org.tradeline.embed;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.SourceRef;
import org.tradeline.topic.Topic;

/**
 * Renders the embeddable timeline. Every value from the store goes through {@link #esc}; the page
 * makes no request of its own (inline CSS and script, system fonts), so it works offline and inside
 * any newsroom's content security policy that allows the frame. Its own policy allows exactly its
 * inline style and script, by hash ({@link #CONTENT_SECURITY_POLICY}).
 */
final class EmbedPage {

	private static final String CSS = """
			:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#0b5cad;--mark-bg:#fff3cd;\
			--mark-fg:#6b4500;--panel:#f6f8fa;--focus:#0b5cad}
			[data-theme=dark]{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--accent:#58a6ff;\
			--mark-bg:#3d2e00;--mark-fg:#f2cc60;--panel:#161b22;--focus:#58a6ff}
			*{box-sizing:border-box}
			html{-webkit-text-size-adjust:100%}
			body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",\
			Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
			.wrap{max-width:46rem;margin:0 auto;padding:1rem}
			h1{font-size:1.35rem;line-height:1.25;margin:0 0 .25rem}
			.lede{color:var(--muted);margin:0 0 .75rem;font-size:.95rem}
			form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 .5rem}
			select,button{font:inherit;color:inherit}
			select{background:var(--bg);border:1px solid var(--line);border-radius:.375rem;padding:.35rem .5rem;\
			min-height:2.5rem;max-width:100%}
			button{cursor:pointer;border-radius:.375rem;min-height:2.5rem}
			.apply{background:var(--accent);color:#fff;border:0;padding:.35rem .9rem}
			[data-theme=dark] .apply{color:#0d1117}
			:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
			.count{color:var(--muted);font-size:.9rem;margin:.25rem 0 1rem}
			ol.timeline{list-style:none;margin:0;padding:0 0 0 1.1rem;border-left:3px solid var(--line)}
			.event{position:relative;margin:0 0 1.5rem;padding-left:.75rem}
			.event::before{content:"";position:absolute;left:-1.72rem;top:.45rem;width:.85rem;height:.85rem;\
			border-radius:50%;background:var(--bg);border:3px solid var(--accent)}
			.event.approximate::before{border-style:dashed}
			time{display:block;font-weight:600;color:var(--accent);font-size:.95rem}
			.event h2{font-size:1.1rem;line-height:1.3;margin:.1rem 0 .25rem}
			.meta{color:var(--muted);font-size:.85rem;margin:0 0 .4rem}
			.summary{margin:0 0 .5rem}
			.dispute-toggle{display:inline-block;background:var(--mark-bg);overflow-wrap:normal;\
			color:var(--mark-fg);border:1px solid currentColor;padding:.2rem .6rem;margin:0 .4rem .4rem 0;\
			font-size:.9rem;font-weight:600;text-align:left}
			.versions-count{white-space:nowrap;font-weight:400}
			.dispute-toggle[aria-expanded=true]{box-shadow:inset 0 0 0 1px currentColor}
			.panel{background:var(--panel);border:1px solid var(--line);border-radius:.375rem;padding:.5rem .75rem;\
			margin:0 0 .6rem;font-size:.92rem}
			.panel[hidden]{display:none}
			.versions,.evidence,.sources ul{margin:.25rem 0;padding-left:1.1rem}
			.version{margin:.35rem 0}
			blockquote{margin:.15rem 0 .35rem;padding-left:.6rem;border-left:3px solid var(--line);color:var(--fg)}
			cite{font-style:normal;font-weight:600}
			details.sources{font-size:.92rem}
			details.sources summary{cursor:pointer;color:var(--accent);min-height:2rem;padding:.25rem 0}
			.empty{padding:1rem 0;color:var(--muted)}
			footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:1rem;padding-top:.5rem}
			a{color:var(--accent)}
			@media (max-width:420px){.wrap{padding:.75rem}h1{font-size:1.2rem}}
			""";

	// Progressive enhancement: without script every dispute panel stays open.
	private static final String SCRIPT = """
			document.querySelectorAll('.dispute-toggle').forEach(function (button) {
			  var panel = document.getElementById(button.getAttribute('aria-controls'));
			  panel.hidden = true;
			  button.setAttribute('aria-expanded', 'false');
			  button.addEventListener('click', function () {
			    var open = button.getAttribute('aria-expanded') === 'true';
			    button.setAttribute('aria-expanded', String(!open));
			    panel.hidden = open;
			  });
			});
			""";

	// The exact text of the two inline elements: what the policy's hashes are computed over.
	private static final String STYLE_TEXT = "\n" + CSS;

	private static final String SCRIPT_TEXT = "\n" + SCRIPT;

	/**
	 * Nothing but this page's own style and script may run, by hash rather than by nonce, so the page
	 * stays the same bytes for every request and can be cached. Images, fonts, connections, plugins
	 * and a base URL are refused outright; the filter form may only submit here; any site may frame it.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src '" + sha256(SCRIPT_TEXT)
			+ "'; style-src '" + sha256(STYLE_TEXT) + "'; base-uri 'none'; form-action 'self'; frame-ancestors *";

	private final PrintWriter html;

	private EmbedPage(PrintWriter html) {
		this.html = html;
	}

	/** Writes the page event by event as it is formatted. */
	static void write(EmbedOptions options, List<TimelineEntry> entries, List<Topic> topics, PrintWriter out) {
		new EmbedPage(out).page(options, entries, topics);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void page(EmbedOptions options, List<TimelineEntry> entries, List<Topic> topics) {
		this.html.append("<!doctype html>\n<html lang=\"en\" data-theme=\"").append(esc(options.theme())).append("\">\n")
			.append("<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>Timeline of the 2025 US–China trade talks · Tradeline</title>\n")
			.append("<style>").append(STYLE_TEXT).append("</style>\n</head>\n<body>\n<div class=\"wrap\">\n<header>\n")
			.append("<h1>The 2025 US–China trade talks</h1>\n")
			.append("<p class=\"lede\">Every fact is taken from a cited document. Dates are only as precise as the "
					+ "documents allow. <strong>⚑ Disputed</strong> marks a fact the documents disagree on: "
					+ "open it to see every version with its sources.</p>\n");
		filters(options, topics);
		this.html.append("<p class=\"count\" role=\"status\">").append(String.valueOf(entries.size()))
			.append((entries.size() == 1) ? " event" : " events").append("</p>\n</header>\n<main>\n");
		if (entries.isEmpty()) {
			this.html.append("<p class=\"empty\">No events match these filters.</p>\n");
		}
		else {
			this.html.append("<ol class=\"timeline\">\n");
			entries.forEach(this::event);
			this.html.append("</ol>\n");
		}
		this.html.append("</main>\n<footer>Source: Tradeline. Data as <a href=\"")
			.append(esc(exportUrl("/api/v1/exports/events.csv", options)))
			.append("\" target=\"_blank\" rel=\"noopener\">CSV</a>, <a href=\"")
			.append(esc(exportUrl("/api/v1/exports/events.ics", options)))
			.append("\" target=\"_blank\" rel=\"noopener\">calendar</a> and <a href=\"")
			.append(esc(exportUrl("/api/v1/exports/timeline.json", options)))
			.append("\" target=\"_blank\" rel=\"noopener\">TimelineJS</a>.</footer>\n</div>\n<script>")
			.append(SCRIPT_TEXT)
			.append("</script>\n</body>\n</html>\n");
	}

	private void filters(EmbedOptions options, List<Topic> topics) {
		this.html.append("<form class=\"filters\" method=\"get\" action=\"timeline\">\n")
			.append("<label for=\"topic\">Topic</label>\n<select id=\"topic\" name=\"topic\">\n")
			.append("<option value=\"\">All topics</option>\n");
		for (Topic topic : topics) {
			this.html.append("<option value=\"").append(esc(topic.getSlug())).append('"')
				.append(topic.getSlug().equals(options.topic()) ? " selected" : "")
				.append('>').append(esc(topic.getName())).append("</option>\n");
		}
		this.html.append("</select>\n");
		Map<String, String> kept = new LinkedHashMap<>(options.parameters());
		kept.remove("topic");
		kept.forEach((name, value) -> this.html.append("<input type=\"hidden\" name=\"").append(esc(name))
			.append("\" value=\"").append(esc(value)).append("\">\n"));
		this.html.append("<button type=\"submit\" class=\"apply\">Show events</button>\n</form>\n");
	}

	private void event(TimelineEntry entry) {
		EventDate date = entry.date();
		boolean approximate = date.precision() != DatePrecision.DAY;
		String id = "event-" + entry.slug();
		this.html.append("<li class=\"event").append(approximate ? " approximate" : "").append("\" id=\"")
			.append(esc(id)).append("\" data-slug=\"").append(esc(entry.slug())).append("\">\n<article aria-labelledby=\"")
			.append(esc(id)).append("-title\">\n<time datetime=\"").append(esc(machineDate(date))).append("\" data-precision=\"")
			.append(esc(date.precision().code())).append("\">").append(esc(date.label())).append("</time>\n<h2 id=\"")
			.append(esc(id)).append("-title\">").append(esc(entry.title())).append("</h2>\n<p class=\"meta\">")
			.append(esc(meta(entry))).append("</p>\n<p class=\"summary\">").append(esc(entry.summary())).append("</p>\n");
		for (DisputeView dispute : entry.disputes()) {
			dispute(id, dispute);
		}
		sources(entry);
		this.html.append("</article>\n</li>\n");
	}

	private void dispute(String eventId, DisputeView dispute) {
		String panel = eventId + "-dispute-" + dispute.attribute();
		int versions = dispute.positions().size();
		this.html.append("<button type=\"button\" class=\"dispute-toggle\" aria-expanded=\"true\" aria-controls=\"")
			.append(esc(panel)).append("\"><span aria-hidden=\"true\">⚑ </span>Disputed: ")
			.append(esc(dispute.attributeLabel())).append(" <span class=\"versions-count\">(").append(String.valueOf(versions))
			.append(" versions)</span></button>\n<div class=\"panel dispute\" id=\"").append(esc(panel))
			.append("\" role=\"region\" aria-label=\"").append(esc("Versions of " + dispute.attributeLabel()))
			.append("\">\n<p>The documents disagree. Tradeline does not pick a side.</p>\n<ul class=\"versions\">\n");
		for (DisputeView.Position position : dispute.positions()) {
			this.html.append("<li class=\"version\"><strong class=\"value\">").append(esc(position.valueLabel()))
				.append("</strong> — ").append(String.valueOf(position.supportingSources()))
				.append((position.supportingSources() == 1) ? " document" : " documents")
				.append("\n<ul class=\"evidence\">\n");
			for (DisputeView.Evidence evidence : position.claims()) {
				this.html.append("<li>").append(citation(evidence.source())).append("<blockquote>")
					.append(esc(evidence.excerpt())).append("</blockquote></li>\n");
			}
			this.html.append("</ul></li>\n");
		}
		this.html.append("</ul>\n");
		if (!dispute.selfContradictingSources().isEmpty()) {
			this.html.append("<p>Also contradicts itself on this: ")
				.append(dispute.selfContradictingSources().stream().map(EmbedPage::citation).collect(Collectors.joining(", ")))
				.append(".</p>\n");
		}
		this.html.append("</div>\n");
	}

	private void sources(TimelineEntry entry) {
		Map<SourceRef, List<String>> excerpts = new LinkedHashMap<>();
		for (ClaimView claim : entry.claims()) {
			List<String> list = excerpts.computeIfAbsent(claim.source(), s -> new ArrayList<>());
			if (!list.contains(claim.excerpt())) {
				list.add(claim.excerpt());
			}
		}
		if (excerpts.isEmpty()) {
			return;
		}
		this.html.append("<details class=\"sources\">\n<summary>Sources (").append(String.valueOf(excerpts.size()))
			.append(")</summary>\n<ul>\n");
		excerpts.forEach((source, quotes) -> {
			this.html.append("<li>").append(citation(source));
			quotes.forEach(q -> this.html.append("<blockquote>").append(esc(q)).append("</blockquote>"));
			this.html.append("</li>\n");
		});
		this.html.append("</ul>\n</details>\n");
	}

	private static String citation(SourceRef source) {
		return "<cite>" + esc(source.fileName()) + "</cite>" + ((source.outlet() != null) ? " (" + esc(source.outlet()) + ")" : "");
	}

	private static String meta(TimelineEntry entry) {
		List<String> parts = new ArrayList<>();
		parts.add(entry.kind().code().replace('-', ' '));
		if (entry.location() != null) {
			parts.add(entry.location());
		}
		if (!entry.topics().isEmpty()) {
			parts.add(entry.topics().stream().map(TimelineEntry.TopicRef::name).collect(Collectors.joining(", ")));
		}
		return String.join(" · ", parts);
	}

	/** A valid HTML datetime at the date's precision: a day, or a month for parts of a month. */
	private static String machineDate(EventDate date) {
		return switch (date.precision()) {
			case DAY, AROUND_DAY -> date.start().toString();
			case EARLY_MONTH, MID_MONTH, LATE_MONTH, MONTH -> date.start().toString().substring(0, 7);
		};
	}

	private static String exportUrl(String path, EmbedOptions options) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(".." + path);
		options.parameters().forEach((name, value) -> {
			if (!name.equals("theme")) {
				url.queryParam(name, value);
			}
		});
		return url.encode().build().toUriString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
