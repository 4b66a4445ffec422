package org.tradeline.export;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tradeline.event.TimelineEntry;

/**
 * An Atom (RFC 4287) feed of timeline changes: events newly added or changed, newest change first.
 * Written with a streaming XML writer so that text is always escaped and the document well-formed.
 * Entry ids are stable per event, so a changed event updates its entry in a reader.
 */
final class AtomFeed {

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String CHANGE_SCHEME = "urn:tradeline:change";

	private AtomFeed() {
	}

	static String of(List<TimelineEntry> entries, String baseUrl, String selfUrl, Instant storeChanged) {
		StringWriter buffer = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", "urn:tradeline:timeline");
			element(xml, "title", "Tradeline: changes to the 2025 US–China trade talks timeline");
			element(xml, "subtitle", "Events newly added to the timeline or changed, newest first. Every fact is sourced.");
			Instant updated = entries.stream()
				.map(AtomFeed::updated)
				.filter(Objects::nonNull)
				.max(Instant::compareTo)
				.orElse(storeChanged);
			element(xml, "updated", format(updated));
			link(xml, "self", selfUrl, MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';')));
			link(xml, "alternate", baseUrl + "/embed/timeline", "text/html");
			xml.writeStartElement("author");
			element(xml, "name", "Tradeline");
			xml.writeEndElement();
			for (TimelineEntry entry : entries) {
				entry(xml, entry, baseUrl);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
		return buffer.toString();
	}

	private static void entry(XMLStreamWriter xml, TimelineEntry entry, String baseUrl) throws XMLStreamException {
		// Columns defaulted in one migration may differ by microseconds; a second apart is still "new".
		boolean isNew = entry.createdAt() != null
				&& !updated(entry).isAfter(entry.createdAt().plus(java.time.Duration.ofSeconds(1)));
		xml.writeStartElement("entry");
		element(xml, "id", "urn:tradeline:event:" + entry.slug());
		element(xml, "title", (isNew ? "New: " : "Changed: ") + entry.title());
		element(xml, "updated", format(updated(entry)));
		if (entry.createdAt() != null) {
			element(xml, "published", format(entry.createdAt()));
		}
		link(xml, "alternate", baseUrl + "/api/v1/events/" + entry.slug(), "application/json");
		link(xml, "related", baseUrl + "/api/v1/exports/events/" + entry.slug() + ".jsonld", "application/ld+json");
		xml.writeEmptyElement("category");
		xml.writeAttribute("scheme", CHANGE_SCHEME);
		xml.writeAttribute("term", isNew ? "new" : "changed");
		for (TimelineEntry.TopicRef topic : entry.topics()) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", topic.slug());
			xml.writeAttribute("label", topic.name());
		}
		element(xml, "summary", entry.date().label() + ": " + entry.summary()
				+ (entry.disputed() ? " Sources disagree on part of this event." : ""));
		xml.writeEndElement();
	}

	private static Instant updated(TimelineEntry entry) {
		return (entry.updatedAt() != null) ? entry.updatedAt() : entry.createdAt();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
