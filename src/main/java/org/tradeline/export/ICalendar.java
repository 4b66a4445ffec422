package org.tradeline.export;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.DisputeView;
import org.tradeline.web.Text;

/**
 * Writes events as an RFC 5545 calendar: one all-day VEVENT per event with a stable UID
 * ({@code slug@tradeline}), TEXT values escaped, lines folded at 75 octets and ended by CRLF.
 * <p>
 * An approximate date ("mid-May", "around June 11") becomes an all-day event spanning every day it
 * may fall on, marked {@code STATUS:TENTATIVE}, with the precise wording first in the description:
 * a calendar has no way to say "some day in this range", and a single day would state more than
 * the sources do.
 * <p>
 * No stored value can start a property of its own: TEXT values have line breaks escaped and other
 * control characters dropped, and the slug is escaped as TEXT in the UID and percent-encoded in the
 * URL. Each event is written as soon as it is formatted.
 */
final class ICalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final PrintWriter out;

	private ICalendar(PrintWriter out) {
		this.out = out;
	}

	static void write(List<TimelineEntry> entries, String baseUrl, PrintWriter out) {
		ICalendar calendar = new ICalendar(out);
		calendar.line("BEGIN:VCALENDAR");
		calendar.line("VERSION:2.0");
		calendar.line("PRODID:-//Tradeline//Trade talks timeline//EN");
		calendar.line("CALSCALE:GREGORIAN");
		calendar.line("METHOD:PUBLISH");
		calendar.line("X-WR-CALNAME:" + text("Tradeline: 2025 US–China trade talks"));
		entries.forEach(entry -> calendar.event(entry, baseUrl));
		if (entries.isEmpty()) {
			// RFC 5545 3.6: a calendar holds at least one component, and strict readers refuse one
			// without; a filter that matches nothing gets the smallest valid one, a UTC time zone.
			calendar.line("BEGIN:VTIMEZONE");
			calendar.line("TZID:UTC");
			calendar.line("BEGIN:STANDARD");
			calendar.line("DTSTART:19700101T000000");
			calendar.line("TZOFFSETFROM:+0000");
			calendar.line("TZOFFSETTO:+0000");
			calendar.line("END:STANDARD");
			calendar.line("END:VTIMEZONE");
		}
		calendar.line("END:VCALENDAR");
	}

	private void event(TimelineEntry entry, String baseUrl) {
		EventDate date = entry.date();
		LocalDate first = new PartialDate(date.start(), date.precision()).first();
		LocalDate last = new PartialDate((date.end() != null) ? date.end() : date.start(), date.precision()).last();
		boolean approximate = date.precision() != DatePrecision.DAY;
		line("BEGIN:VEVENT");
		line("UID:" + text(entry.slug()) + "@tradeline");
		// The last change rather than the time of the request, so the same data gives the same bytes.
		line("DTSTAMP:" + STAMP.format(stamp(entry.updatedAt())));
		line("DTSTART;VALUE=DATE:" + DATE.format(first));
		line("DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
		line("SUMMARY:" + text(entry.title()));
		line("DESCRIPTION:" + text(description(entry, approximate)));
		if (entry.location() != null) {
			line("LOCATION:" + text(entry.location()));
		}
		if (!entry.topics().isEmpty()) {
			line("CATEGORIES:" + entry.topics().stream().map(t -> text(t.name())).collect(Collectors.joining(",")));
		}
		line("STATUS:" + (approximate ? "TENTATIVE" : "CONFIRMED"));
		line("TRANSP:TRANSPARENT");
		line("URL:" + baseUrl + "/api/v1/events/" + UriUtils.encodePathSegment(entry.slug(), "UTF-8"));
		if (entry.createdAt() != null) {
			line("CREATED:" + STAMP.format(entry.createdAt()));
		}
		if (entry.updatedAt() != null) {
			line("LAST-MODIFIED:" + STAMP.format(entry.updatedAt()));
		}
		line("END:VEVENT");
	}

	private static Instant stamp(Instant updatedAt) {
		return (updatedAt != null) ? updatedAt : Instant.EPOCH;
	}

	private static String description(TimelineEntry entry, boolean approximate) {
		StringBuilder text = new StringBuilder();
		text.append("Date: ").append(entry.date().label());
		if (approximate) {
			text.append(" (approximate: shown across every day it may fall on)");
		}
		text.append("\n\n").append(Text.isolated(entry.summary()));
		for (DisputeView dispute : entry.disputes()) {
			text.append("\n\n").append(DisputeText.of(dispute));
		}
		// One source per line, with its address where known: calendars show DESCRIPTION as plain text.
		if (!entry.sources().isEmpty()) {
			text.append("\n\nSources:");
			entry.sources()
				.forEach(s -> text.append("\n- ").append(s.citation()).append((s.url() != null) ? " <" + s.url() + ">" : ""));
		}
		return text.toString();
	}

	/**
	 * RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values; other
	 * control characters (which TEXT may not hold, tab aside) are dropped.
	 */
	static String text(String value) {
		return CONTROL.matcher(value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n")).replaceAll("");
	}

	/**
	 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a
	 * character. Folded in a buffer and written once: the writer's per-call cost is per line, not
	 * per character.
	 */
	private void line(String content) {
		StringBuilder folded = new StringBuilder(content.length() + content.length() / 24 + 2);
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
			if (octets + size > 75) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.write(folded.append("\r\n").toString());
	}

}
