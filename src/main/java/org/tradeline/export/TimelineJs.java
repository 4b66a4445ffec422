package org.tradeline.export;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.util.HtmlUtils;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.SourceRef;

/**
 * A TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html). Dates carry no
 * more parts than the sources allow ({@link PartialDate#iso}: a day only for a date known to the
 * day, else the month or year holding every day it allows), and approximate ones add a display_date
 * such as "mid-May 2025" or "around June 11, 2025", so TimelineJS does not print a day nobody
 * reported. Slide text is HTML, so everything is escaped.
 */
@Schema(name = "TimelineJs")
record TimelineJs(Slide title, List<Slide> events, List<Era> eras) {

	@Schema(name = "TimelineJsSlide")
	record Slide(@JsonProperty("start_date") TimelineDate startDate, @JsonProperty("end_date") TimelineDate endDate,
			Text text, String group, @JsonProperty("display_date") String displayDate,
			@JsonProperty("unique_id") String uniqueId) {
	}

	@Schema(name = "TimelineJsDate")
	record TimelineDate(Integer year, Integer month, Integer day, @JsonProperty("display_date") String displayDate) {
	}

	@Schema(name = "TimelineJsText")
	record Text(String headline, String text) {
	}

	@Schema(name = "TimelineJsEra")
	record Era(@JsonProperty("start_date") TimelineDate startDate, @JsonProperty("end_date") TimelineDate endDate,
			Text text) {
	}

	static TimelineJs of(List<TimelineEntry> entries, String description) {
		Slide title = new Slide(null, null, new Text("The 2025 US–China trade talks",
				"<p>" + HtmlUtils.htmlEscape(description) + "</p>"), null, null, "tradeline-title");
		// A view, not a copy: each slide is built as it is written, so the document is never whole in memory.
		List<Slide> slides = new AbstractList<>() {

			@Override
			public Slide get(int index) {
				return slide(entries.get(index));
			}

			@Override
			public int size() {
				return entries.size();
			}

		};
		return new TimelineJs(title, slides, eras(entries));
	}

	private static Slide slide(TimelineEntry entry) {
		EventDate date = entry.date();
		boolean approximate = date.precision() != DatePrecision.DAY;
		TimelineDate start = date(date.start(), date.precision(), approximate ? date.label() : null);
		TimelineDate end = (date.end() != null && !date.end().equals(date.start()))
				? date(date.end(), date.precision(), null) : null;
		String group = entry.topics().isEmpty() ? null : entry.topics().get(0).name();
		return new Slide(start, end, new Text(HtmlUtils.htmlEscape(entry.title()), text(entry)), group,
				approximate ? date.label() : null, entry.slug());
	}

	/**
	 * The parts of {@link PartialDate#iso} as TimelineJS takes them: year, month and day, or year and
	 * month, or the year alone. TimelineJS needs a year, so a date whose days fall in two years (around
	 * New Year's Day), for which no part holds, gets the year of its own day and nothing more.
	 */
	private static TimelineDate date(LocalDate day, DatePrecision precision, String display) {
		String iso = new PartialDate(day, precision).iso();
		if (iso == null) {
			return new TimelineDate(day.getYear(), null, null, display);
		}
		return switch (iso.length()) {
			case 4 -> new TimelineDate(Year.parse(iso).getValue(), null, null, display);
			case 7 -> {
				YearMonth month = YearMonth.parse(iso);
				yield new TimelineDate(month.getYear(), month.getMonthValue(), null, display);
			}
			default -> {
				LocalDate known = LocalDate.parse(iso);
				yield new TimelineDate(known.getYear(), known.getMonthValue(), known.getDayOfMonth(), display);
			}
		};
	}

	private static String text(TimelineEntry entry) {
		StringBuilder html = new StringBuilder();
		html.append("<p>").append(HtmlUtils.htmlEscape(entry.summary())).append("</p>");
		if (entry.location() != null) {
			html.append("<p>Where: ").append(HtmlUtils.htmlEscape(entry.location())).append("</p>");
		}
		for (DisputeView dispute : entry.disputes()) {
			html.append("<p><strong>Disputed: ").append(HtmlUtils.htmlEscape(dispute.attributeLabel()))
				.append("</strong> — ")
				.append(dispute.positions().stream()
					.map(p -> HtmlUtils.htmlEscape(p.valueLabel()) + " ("
							+ p.claims().stream().map(c -> cite(c.source())).distinct().collect(Collectors.joining("; "))
							+ ")")
					.collect(Collectors.joining("; ")))
				.append("</p>");
		}
		List<SourceRef> sources = entry.sources();
		if (!sources.isEmpty()) {
			html.append("<p><em>Sources: ")
				.append(sources.stream().map(TimelineJs::cite).collect(Collectors.joining("; ")))
				.append("</em></p>");
		}
		return html.toString();
	}

	/** The source's citation, linked to the document where its address is known. */
	private static String cite(SourceRef source) {
		String citation = HtmlUtils.htmlEscape(source.citation(), "UTF-8");
		return (source.url() != null)
				? "<a href=\"" + HtmlUtils.htmlEscape(source.url(), "UTF-8") + "\">" + citation + "</a>" : citation;
	}

	/** One era per calendar month the events span, when they span more than one. */
	private static List<Era> eras(List<TimelineEntry> entries) {
		List<YearMonth> months = entries.stream()
			.map(e -> YearMonth.from(e.date().start()))
			.distinct()
			.sorted()
			.toList();
		if (months.size() < 2) {
			return null;
		}
		return months.stream().map(month -> {
			LocalDate last = month.atEndOfMonth();
			String name = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
					+ month.getYear();
			return new Era(new TimelineDate(month.getYear(), month.getMonthValue(), 1, null),
					new TimelineDate(last.getYear(), last.getMonthValue(), last.getDayOfMonth(), null),
					new Text(name, null));
		}).toList();
	}

}
