package org.tradeline.provenance.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.SQLRestriction;
import org.tradeline.provenance.CitationKind;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.store.PublicationState;
import org.tradeline.store.Tracked;

/** One source document, identified by its file name and pinned by the SHA-256 of its bytes. */
// Soft-deleted rows are invisible to every JPA read; restores go through native updates.
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "source")
public class Source extends Tracked {

	@Column(name = "file_name")
	private String fileName;

	private String title;

	private String outlet;

	private String authors;

	private String url;

	private String language;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "published_precision")
	private PublicationPrecision publishedPrecision;

	private String summary;

	private String sha256;

	@Enumerated(EnumType.STRING)
	private PublicationState state = PublicationState.PUBLISHED;

	@ElementCollection
	@CollectionTable(name = "source_citation", joinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected Source() {
	}

	Source(String fileName, String sha256) {
		this.fileName = fileName;
		this.sha256 = sha256;
	}

	/** A source an editor reviews before anyone else reads it (an ingested document). */
	static Source draft(String fileName, String sha256) {
		Source source = new Source(fileName, sha256);
		source.state = PublicationState.DRAFT;
		return source;
	}

	/**
	 * Publishing is one way: once cited in public, a source leaves the record only by deletion,
	 * which keeps a tombstone for syncing clients.
	 */
	void changeState(PublicationState state) {
		if (this.state == PublicationState.PUBLISHED && state == PublicationState.DRAFT) {
			throw new IllegalStateException("A published source cannot return to draft");
		}
		this.state = state;
	}

	public PublicationState getState() {
		return this.state;
	}

	public boolean isPublished() {
		return this.state == PublicationState.PUBLISHED;
	}

	/** The file name identifies the document and stays; everything else may be corrected. */
	void update(String title, String outlet, String authors, String summary, String sha256,
			List<Citation> citations) {
		this.title = title;
		this.outlet = outlet;
		this.authors = authors;
		this.summary = summary;
		this.sha256 = sha256;
		this.citations.clear();
		this.citations.addAll(citations);
	}

	/** Where the document can be read and when it was published; a precision comes with a date. */
	void publish(String url, String language, LocalDate publishedOn, PublicationPrecision publishedPrecision) {
		if ((publishedOn == null) != (publishedPrecision == null)) {
			throw new IllegalArgumentException("A publication date and its precision come together");
		}
		this.url = url;
		this.language = language;
		this.publishedOn = publishedOn;
		this.publishedPrecision = publishedPrecision;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getTitle() {
		return this.title;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public String getAuthors() {
		return this.authors;
	}

	public String getUrl() {
		return this.url;
	}

	public String getLanguage() {
		return this.language;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public PublicationPrecision getPublishedPrecision() {
		return this.publishedPrecision;
	}

	/** The first day this document counts as in print for the timeline as of a date; null if never. */
	public LocalDate inPrintFrom() {
		return (this.publishedOn != null) ? this.publishedPrecision.inPrintFrom(this.publishedOn) : null;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSha256() {
		return this.sha256;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

	/** An outlet, agency or channel the document cites. */
	@Embeddable
	public record Citation(String name, @Enumerated(EnumType.STRING) CitationKind kind) {
	}

}
