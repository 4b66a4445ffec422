package org.tradeline.export;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.ValueType;

/**
 * RFC 4180 CSV of events and of their claims: a header row, CRLF line ends, and fields quoted
 * (quotes doubled) whenever they hold a comma, a quote or a line break. Lists of slugs inside a
 * field, such as topics, are separated by "; ". source_citations has one citation per line (LF),
 * which quotes the field: a title may hold "; ", but a citation is always one line. Rows are written
 * as they are produced. A participant whose part the sources dispute (as the event's detail marks
 * it) is listed under disputed_participants, not among the participants stated as fact.
 * <p>
 * The files are opened in spreadsheets, which run a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula (OWASP "CSV injection"). Such a cell
 * gets a {@code '} in front, inside quotes, so it shows as the text it is. The one exception is a
 * cell that is exactly a decimal number ({@code -12.5}): it cannot be a formula, and a negative
 * figure should stay a number. Counts and ids are never negative, so they are never touched.
 */
final class Csv {

	static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";

	private static final List<String> EVENT_COLUMNS = List.of("slug", "title", "kind", "date", "start_date",
			"end_date", "date_precision", "location", "topics", "participants", "summary", "claims", "sources",
			"disputed", "source_citations", "disputed_participants");

	private static final List<String> CLAIM_COLUMNS = List.of("claim_id", "event_slug", "event_title", "attribute",
			"attribute_label", "value", "value_label", "status", "source_file", "source_outlet", "excerpt",
			"source_title", "source_url", "source_published", "source_published_precision", "source_citation");

	private Csv() {
	}

	static void events(List<TimelineEntry> entries, PrintWriter out) {
		row(out, EVENT_COLUMNS);
		for (TimelineEntry e : entries) {
			row(out, List.of(e.slug(), e.title(), e.kind().code(), e.date().label(), e.date().start().toString(),
					(e.date().end() != null) ? e.date().end().toString() : "", e.date().precision().code(),
					nullToEmpty(e.location()),
					e.topics().stream().map(TimelineEntry.TopicRef::slug).collect(Collectors.joining("; ")),
					participants(e, false), e.summary(), String.valueOf(e.claims().size()),
					String.valueOf(e.sources().size()), String.valueOf(e.disputed()),
					e.sources().stream().map(SourceRef::citation).collect(Collectors.joining("\n")),
					participants(e, true)));
		}
	}

	private static String participants(TimelineEntry entry, boolean disputed) {
		return entry.participants()
			.stream()
			.filter(p -> p.disputed() == disputed)
			.map(TimelineEntry.ParticipantRef::actor)
			.collect(Collectors.joining("; "));
	}

	static void claims(List<TimelineEntry> entries, PrintWriter out) {
		row(out, CLAIM_COLUMNS);
		for (TimelineEntry e : entries) {
			for (ClaimView c : e.claims()) {
				row(out, List.of(String.valueOf(c.id()), e.slug(), e.title(), c.attribute(), c.attributeLabel(),
						c.value(), c.valueLabel(), (c.status() != null) ? c.status().code() : "", c.source().fileName(),
						nullToEmpty(c.source().outlet()), c.excerpt(), nullToEmpty(c.source().title()),
						nullToEmpty(c.source().url()),
						(c.source().publishedOn() != null) ? c.source().publishedOn().toString() : "",
						(c.source().publishedPrecision() != null) ? c.source().publishedPrecision().code() : "",
						c.source().citation()));
			}
		}
	}

	private static void row(PrintWriter out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(field(fields.get(i)));
		}
		out.write("\r\n");
	}

	static String field(String value) {
		if (startsLikeAFormula(value)) {
			return "\"'" + value.replace("\"", "\"\"") + "\"";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static boolean startsLikeAFormula(String value) {
		if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
			return false;
		}
		return !ValueType.isDecimal(value);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
