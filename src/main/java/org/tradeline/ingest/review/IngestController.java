package org.tradeline.ingest.review;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.PrivateAnswer;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/** Editors only (see SecurityConfig): ingest a document, list its suggestions, decide on them. */
@RestController
class IngestController {

	private final Ingestion ingestion;

	private final Review review;

	IngestController(Ingestion ingestion, Review review) {
		this.ingestion = ingestion;
		this.review = review;
	}

	/** The suggestions just decided, as they stand now. */
	record Decided(List<SuggestionView> suggestions) {
	}

	@PostMapping(path = "/api/v1/ingest", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IngestAnswer> ingest(@RequestBody IngestRequest request) {
		Ingestion.Ingested ingested = this.ingestion.ingest(request);
		// Relative, as every other Location this API sends (RFC 9110 10.2.2).
		return ResponseEntity.created(URI.create("/api/v1/sources/" + ingested.sourceId())).body(ingested.answer());
	}

	@GetMapping("/api/v1/sources/{id}/suggestions")
	ResponseEntity<PageResponse<SuggestionView>> suggestions(@PathVariable long id,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PrivateAnswer.ok(this.review.list(id, status, Paging.of(page, size)));
	}

	@PostMapping(path = "/api/v1/sources/{id}/suggestions/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
	Decided decide(@PathVariable long id, @RequestBody DecisionsRequest request) {
		return new Decided(this.review.decide(id, request));
	}

}
