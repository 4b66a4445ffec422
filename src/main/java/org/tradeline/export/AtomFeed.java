package org.tradeline.export;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.web.util.UriUtils;
import org.tradeline.event.TimelineChange;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.SourceRef;
import org.tradeline.web.Text;

/**
 * An Atom (RFC 4287) feed of timeline changes: events newly added or changed, and events deleted
 * (RFC 6721 {@code at:deleted-entry}), newest change first, one page at a time (an RFC 5005 paged
 * feed: {@code first} leads to the newest changes, {@code next} to older ones). Written with a
 * streaming XML writer so that text is always escaped and the document well-formed. Entry ids are
 * stable per event, so a changed event updates its entry in a reader and a deletion names it.
 * <p>
 * The writer escapes markup but passes through characters XML 1.0 forbids outright (most control
 * characters, lone surrogates, U+FFFE/U+FFFF), which would make the whole feed unreadable. Input
 * validation keeps them out of new data; old rows or a restored backup may still hold some, so
 * every text and attribute is cleaned here too, each such character becoming U+FFFD.
 */
final class AtomFeed {

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	/** RFC 6721. */
	static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";

	private static final String CHANGE_SCHEME = "urn:tradeline:change";

	private static final String TIMELINE = "urn:tradeline:timeline";

	private AtomFeed() {
	}

	/** The absolute links of one page: itself, the newest page, and the next (older) one if any. */
	record Links(String self, String first, String next) {
	}

	/**
	 * The id of the feed of these filters (RFC 4287 4.2.6: one feed's permanent, unique id), so a feed
	 * filtered otherwise is another feed; the unfiltered one keeps the id it always had. Not the page:
	 * the pages of a paged feed together hold the entries of one logical feed (RFC 5005 section 3). In
	 * the URN's name, not a "?=" part, which RFC 8141 leaves out of URN equivalence.
	 */
	static String feedId(String filters) {
		return filters.isEmpty() ? TIMELINE : TIMELINE + ":" + filters;
	}

	static void write(String feedId, List<TimelineChange> changes, String baseUrl, Links links, Instant storeChanged,
			Writer out) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeNamespace("at", TOMBSTONES);
			element(xml, "id", feedId);
			element(xml, "title", "Tradeline: changes to the 2025 US–China trade talks timeline");
			element(xml, "subtitle", "Events newly added to the timeline, changed or deleted, newest first. Every fact is sourced.");
			Instant updated = changes.stream()
				.map(TimelineChange::changedAt)
				.filter(Objects::nonNull)
				.max(Instant::compareTo)
				.orElse(storeChanged);
			element(xml, "updated", format(updated));
			String atom = MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';'));
			link(xml, "self", links.self(), atom);
			link(xml, "first", links.first(), atom);
			if (links.next() != null) {
				link(xml, "next", links.next(), atom);
			}
			link(xml, "alternate", baseUrl + "/embed/timeline", "text/html");
			xml.writeStartElement("author");
			element(xml, "name", "Tradeline");
			xml.writeEndElement();
			for (TimelineChange change : changes) {
				if (change instanceof TimelineEntry entry) {
					entry(xml, entry, baseUrl);
				}
				else if (change instanceof TimelineChange.Deletion deletion) {
					deleted(xml, deletion);
				}
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
	}

	/** RFC 6721: the deleted event's entry id, and when it was deleted. */
	private static void deleted(XMLStreamWriter xml, TimelineChange.Deletion deletion) throws XMLStreamException {
		xml.writeStartElement("at", "deleted-entry", TOMBSTONES);
		attribute(xml, "ref", entryId(deletion.slug()));
		attribute(xml, "when", format(deletion.deletedAt()));
		xml.writeStartElement("at", "comment", TOMBSTONES);
		xml.writeCharacters("Deleted from the timeline.");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String entryId(String slug) {
		return "urn:tradeline:event:" + slug;
	}

	private static void entry(XMLStreamWriter xml, TimelineEntry entry, String baseUrl) throws XMLStreamException {
		// To the public an event is new until it changes after its first publication, however long it
		// was a draft before. A publication's writes (the event, its claims, their revisions) are
		// stamped a moment apart, so a second apart is still "new".
		Instant published = entry.publishedAt();
		boolean isNew = published != null && !updated(entry).isAfter(published.plusSeconds(1));
		xml.writeStartElement("entry");
		element(xml, "id", entryId(entry.slug()));
		element(xml, "title", (isNew ? "New: " : "Changed: ") + Text.isolated(entry.title()));
		element(xml, "updated", format(updated(entry)));
		if (published != null) {
			element(xml, "published", format(published));
		}
		String slug = UriUtils.encodePathSegment(entry.slug(), StandardCharsets.UTF_8);
		link(xml, "alternate", baseUrl + "/api/v1/events/" + slug, "application/json");
		link(xml, "related", baseUrl + "/api/v1/exports/events/" + slug + ".jsonld", "application/ld+json");
		xml.writeEmptyElement("category");
		attribute(xml, "scheme", CHANGE_SCHEME);
		attribute(xml, "term", isNew ? "new" : "changed");
		for (TimelineEntry.TopicRef topic : entry.topics()) {
			xml.writeEmptyElement("category");
			attribute(xml, "term", topic.slug());
			attribute(xml, "label", topic.name());
		}
		// RFC 4287 "via": where the information came from, for each source whose address is known.
		for (SourceRef source : entry.sources()) {
			if (source.url() != null) {
				xml.writeEmptyElement("link");
				attribute(xml, "rel", "via");
				attribute(xml, "href", source.url());
				attribute(xml, "title", source.citation());
			}
		}
		String sources = entry.sources().stream().map(SourceRef::citation).collect(Collectors.joining("; "));
		String disputes = entry.disputes().stream().map(d -> " " + DisputeText.of(d) + ".").collect(Collectors.joining());
		element(xml, "summary", entry.date().label() + ": " + Text.isolated(entry.summary()) + disputes
				+ (sources.isEmpty() ? "" : " Sources: " + sources + "."));
		xml.writeEndElement();
	}

	private static Instant updated(TimelineEntry entry) {
		return (entry.updatedAt() != null) ? entry.updatedAt() : entry.createdAt();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlSafe(text));
		xml.writeEndElement();
	}

	private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeAttribute(name, xmlSafe(value));
	}

	/** Replaces each character XML 1.0 does not allow (section 2.2) with U+FFFD. */
	static String xmlSafe(String text) {
		StringBuilder safe = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int length = Character.charCount(c);
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			if (!allowed && safe == null) {
				safe = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (safe != null) {
				if (allowed) {
					safe.appendCodePoint(c);
				}
				else {
					safe.append('\uFFFD');
				}
			}
			i += length;
		}
		return (safe != null) ? safe.toString() : text;
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		attribute(xml, "rel", rel);
		attribute(xml, "href", href);
		attribute(xml, "type", type);
	}

	private static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
