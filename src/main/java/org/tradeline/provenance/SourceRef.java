package org.tradeline.provenance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tradeline.provenance.source.Source;
import org.tradeline.web.Text;

/**
 * A source as cited next to a claim: what a reader needs to follow the citation. citation is the one
 * text every output cites the document by (outlet, title, date), built here and nowhere else.
 */
public record SourceRef(long id, String fileName, String outlet, String title, String url, LocalDate publishedOn,
		PublicationPrecision publishedPrecision, String citation) {

	/**
	 * An absolute http(s) URI (RFC 3986) whose other characters are percent-encoded: what a citation may
	 * link to. Unrolled rather than an alternation under a star, which Java matches by recursion.
	 */
	public static final String URL = "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=-]*(%[0-9A-Fa-f]{2}[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=-]*)*)?$";

	public static final String URL_MESSAGE = "url must be an absolute http or https URI (RFC 3986), "
			+ "with spaces, quotes, angle brackets, braces and non-ASCII characters percent-encoded";

	/** A BCP 47 tag: a primary language subtag, then optional script, region or variant subtags. */
	public static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	public static SourceRef of(Source source) {
		return new SourceRef(source.getId(), source.getFileName(), source.getOutlet(), source.getTitle(),
				source.getUrl(), source.getPublishedOn(), source.getPublishedPrecision(),
				citation(source.getFileName(), source.getOutlet(), source.getTitle(), source.getPublishedOn(),
						source.getPublishedPrecision()));
	}

	/**
	 * Outlet, quoted title and publication date, as far as they are known: "The Straits Times, c. June
	 * 11, 2025". The file name stands in only when neither outlet nor title is known. It is plain text
	 * wherever it is served (the API's citation, every export), so the outlet and the title are each
	 * {@link Text#isolated isolated}: a right-to-left outlet cannot reorder the title and date, nor
	 * a right-to-left title the date or the next citation. It is one line, a line break in an outlet
	 * or title shown as a space, so a list of citations can put one per line.
	 */
	static String citation(String fileName, String outlet, String title, LocalDate publishedOn,
			PublicationPrecision precision) {
		return parts(fileName, outlet, title, publishedOn, precision).stream()
			.map(Part::plain)
			.collect(Collectors.joining(", "));
	}

	/**
	 * The parts {@link #citation} joins with ", ", for a page that isolates free text in markup
	 * ({@code <bdi>}) rather than with control characters.
	 */
	public List<Part> citationParts() {
		return parts(this.fileName, this.outlet, this.title, this.publishedOn, this.publishedPrecision);
	}

	private static List<Part> parts(String fileName, String outlet, String title, LocalDate publishedOn,
			PublicationPrecision precision) {
		List<Part> parts = new ArrayList<>();
		if (outlet != null) {
			parts.add(new Part(outlet, true, false));
		}
		if (title != null) {
			parts.add(new Part(title, true, true));
		}
		if (parts.isEmpty()) {
			parts.add(new Part(fileName, false, false));
		}
		String published = published(publishedOn, precision);
		if (published != null) {
			parts.add(new Part(published, false, false));
		}
		return parts;
	}

	/**
	 * One part of a citation.
	 *
	 * @param text the part as stored or formatted, without quotation marks
	 * @param free whether it is free text (an outlet or a title), which may be right-to-left; a file
	 * name and a date are not
	 * @param quoted whether it is shown in quotation marks (a title), which stay outside the isolate
	 */
	public record Part(String text, boolean free, boolean quoted) {

		String plain() {
			String line = this.free ? Text.isolated(LINE_BREAKS.matcher(this.text).replaceAll(" ")) : this.text;
			return this.quoted ? "\u201C" + line + "\u201D" : line;
		}

	}

	/** "June 10, 2025", or "c. June 11, 2025" when the text gives only the earliest possible day. */
	public static String published(LocalDate publishedOn, PublicationPrecision precision) {
		if (publishedOn == null) {
			return null;
		}
		return ((precision == PublicationPrecision.APPROXIMATE) ? "c. " : "") + DAY.format(publishedOn);
	}

	/** The publication date for machine-readable outputs: the day, only when the text fixes it. */
	public LocalDate publishedDay() {
		return (this.publishedPrecision == PublicationPrecision.DAY) ? this.publishedOn : null;
	}

}
