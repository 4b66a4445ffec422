package org.tradeline.export;

import java.util.List;
import java.util.stream.Collectors;

import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.ClaimView;

/**
 * RFC 4180 CSV of events and of their claims: a header row, CRLF line ends, and fields quoted
 * (quotes doubled) whenever they hold a comma, a quote or a line break. Lists inside a field, such
 * as topics, are separated by "; ".
 */
final class Csv {

	static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";

	private static final List<String> EVENT_COLUMNS = List.of("slug", "title", "kind", "date", "start_date",
			"end_date", "date_precision", "location", "topics", "participants", "summary", "claims", "sources",
			"disputed");

	private static final List<String> CLAIM_COLUMNS = List.of("claim_id", "event_slug", "event_title", "attribute",
			"attribute_label", "value", "value_label", "status", "source_file", "source_outlet", "excerpt");

	private Csv() {
	}

	static String events(List<TimelineEntry> entries) {
		StringBuilder out = new StringBuilder();
		row(out, EVENT_COLUMNS);
		for (TimelineEntry e : entries) {
			row(out, List.of(e.slug(), e.title(), e.kind().code(), e.date().label(), e.date().start().toString(),
					(e.date().end() != null) ? e.date().end().toString() : "", e.date().precision().code(),
					nullToEmpty(e.location()),
					e.topics().stream().map(TimelineEntry.TopicRef::slug).collect(Collectors.joining("; ")),
					e.participants().stream().map(TimelineEntry.ParticipantRef::actor).collect(Collectors.joining("; ")),
					e.summary(), String.valueOf(e.claims().size()), String.valueOf(e.sources().size()),
					String.valueOf(e.disputed())));
		}
		return out.toString();
	}

	static String claims(List<TimelineEntry> entries) {
		StringBuilder out = new StringBuilder();
		row(out, CLAIM_COLUMNS);
		for (TimelineEntry e : entries) {
			for (ClaimView c : e.claims()) {
				row(out, List.of(String.valueOf(c.id()), e.slug(), e.title(), c.attribute(), c.attributeLabel(),
						c.value(), c.valueLabel(), (c.status() != null) ? c.status().code() : "", c.source().fileName(),
						nullToEmpty(c.source().outlet()), c.excerpt()));
			}
		}
		return out.toString();
	}

	private static void row(StringBuilder out, List<String> fields) {
		out.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
	}

	static String field(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
