package org.tradeline.provenance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tradeline.provenance.source.Source;

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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	public static SourceRef of(Source source) {
		return new SourceRef(source.getId(), source.getFileName(), source.getOutlet(), source.getTitle(),
				source.getUrl(), source.getPublishedOn(), source.getPublishedPrecision(),
				citation(source.getFileName(), source.getOutlet(), source.getTitle(), source.getPublishedOn(),
						source.getPublishedPrecision()));
	}

	/**
	 * Outlet, quoted title and publication date, as far as they are known: "The Straits Times, c. June
	 * 11, 2025". The file name stands in only when neither outlet nor title is known.
	 */
	static String citation(String fileName, String outlet, String title, LocalDate publishedOn,
			PublicationPrecision precision) {
		List<String> parts = new ArrayList<>();
		if (outlet != null) {
			parts.add(outlet);
		}
		if (title != null) {
			parts.add("\u201C" + title + "\u201D");
		}
		if (parts.isEmpty()) {
			parts.add(fileName);
		}
		String published = published(publishedOn, precision);
		if (published != null) {
			parts.add(published);
		}
		return String.join(", ", parts);
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
