package org.tradeline.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeline.event.EventFilter;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.web.Text;

/** What an embed shows: the event filters it supports, and a colour theme. */
record EmbedOptions(String topic, String actor, String from, String to, String theme) {

	EmbedOptions {
		topic = Text.blankToNull(topic);
		actor = Text.blankToNull(actor);
		from = Text.blankToNull(from);
		to = Text.blankToNull(to);
		theme = (Text.blankToNull(theme) == null) ? "light" : theme.strip();
		if (!theme.equals("light") && !theme.equals("dark")) {
			throw new InvalidParameterException("theme", "theme must be light or dark");
		}
	}

	EventFilter filter() {
		return new EventFilter(this.from, this.to, this.topic, this.actor, null, null, null, null);
	}

	/** The query parameters that reproduce these options, without defaults. */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "topic", this.topic);
		put(parameters, "actor", this.actor);
		put(parameters, "from", this.from);
		put(parameters, "to", this.to);
		if (!this.theme.equals("light")) {
			parameters.put("theme", this.theme);
		}
		return parameters;
	}

	/**
	 * The page's title for its iframe: every filter it shows the timeline by, so that a screen reader
	 * tells two embedded timelines apart (the theme changes only how it looks).
	 */
	String title() {
		List<String> filters = new ArrayList<>();
		parameters().forEach((name, value) -> {
			if (!name.equals("theme")) {
				filters.add(name + " " + value);
			}
		});
		return "Timeline of the 2025 US–China trade talks"
				+ (filters.isEmpty() ? "" : " (" + String.join(", ", filters) + ")");
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

}
