package org.tradeline.ingest.review;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.calendar.PartialDate;
import org.tradeline.event.EventKind;
import org.tradeline.event.EventReferences;
import org.tradeline.event.EventRequest;
import org.tradeline.event.EventWrites;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.provenance.intake.SourceIntake;
import org.tradeline.provenance.intake.SourceIntake.Preview;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.WireName;
import org.tradeline.web.Text;
import org.tradeline.web.Writes;
import org.tradeline.web.Writes.Violations;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/**
 * The editor's side of ingest: the stored suggestions of a source, and decisions on them. A batch of
 * decisions is one transaction: every accepted suggestion becomes a draft claim through the claim write
 * path (a proposed event first becomes a draft event, whose participants are the actors of the
 * participant claims accepted about it), every rejected one keeps who rejected it, and
 * any refusal (a suggestion decided already, a value the claim rules refuse, a source deleted
 * meanwhile) stores nothing of the batch.
 */
@Service
class Review {

	private static final Set<String> STATUSES = Set.of("pending", "accepted", "rejected");

	private static final String PARTICIPANT = "participant";

	private final SuggestionStore store;

	private final SourceIntake intake;

	private final EventWrites events;

	private final Writes writes;

	private final StoreChanges storeChanges;

	private final EventReferences eventSlugs;

	Review(SuggestionStore store, SourceIntake intake, EventWrites events, Writes writes, StoreChanges storeChanges,
			EventReferences eventSlugs) {
		this.store = store;
		this.intake = intake;
		this.events = events;
		this.writes = writes;
		this.storeChanges = storeChanges;
		this.eventSlugs = eventSlugs;
	}

	static SourceIntake.Candidate candidate(StoredSuggestion s) {
		String slug = (s.subjectSlug() != null) ? s.subjectSlug() : s.createdEvent();
		return new SourceIntake.Candidate(SubjectType.valueOf(s.subjectType()), slug, s.attribute(), s.value());
	}

	@Transactional(readOnly = true)
	PageResponse<SuggestionView> list(long sourceId, String statusValue, Paging paging) {
		String status = Text.blankToNull(statusValue);
		if (status != null && !STATUSES.contains(status)) {
			throw new InvalidParameterException("status",
					"status must be one of pending, accepted, rejected");
		}
		this.intake.requireLive(sourceId);
		ReadDependencies.add("source:" + sourceId);
		String stored = (status != null) ? status.toUpperCase(Locale.ROOT) : null;
		long total = this.store.count(sourceId, stored);
		List<StoredSuggestion> rows = this.store.page(sourceId, stored, paging.size(),
				(long) paging.page() * paging.size());
		return PageResponse.of(views(sourceId, rows), paging, total);
	}

	/** The suggestions as a reviewer sees them: each with what it would do to the published record. */
	List<SuggestionView> views(long sourceId, List<StoredSuggestion> rows) {
		List<Preview> previews = this.intake.preview(sourceId, rows.stream().map(Review::candidate).toList());
		List<SuggestionView> views = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			views.add(SuggestionView.of(rows.get(i), previews.get(i)));
		}
		return views;
	}

	@Transactional
	List<SuggestionView> decide(long sourceId, DecisionsRequest request) {
		Violations violations = this.writes.check(request);
		violations.throwIfAny();
		this.intake.lockLive(sourceId);
		List<DecisionsRequest.Decision> decisions = request.decisions();
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < decisions.size(); i++) {
			if (!numbers.add(decisions.get(i).number())) {
				violations.add("decisions[" + i + "].number",
						"Suggestion " + decisions.get(i).number() + " is decided twice in this request");
			}
			if (!decisions.get(i).accepts()) {
				for (String edit : decisions.get(i).edits()) {
					violations.add("decisions[" + i + "]." + edit,
							edit + " edits an accepted suggestion: a rejection takes none");
				}
			}
		}
		violations.throwIfAny();
		Map<Integer, StoredSuggestion> found = new HashMap<>();
		this.store.lock(sourceId, numbers).forEach(s -> found.put(s.number(), s));
		for (int i = 0; i < decisions.size(); i++) {
			if (!found.containsKey(decisions.get(i).number())) {
				violations.add("decisions[" + i + "].number",
						"Source " + sourceId + " has no suggestion " + decisions.get(i).number());
			}
		}
		violations.throwIfAny();
		for (DecisionsRequest.Decision decision : decisions) {
			StoredSuggestion suggestion = found.get(decision.number());
			if (!suggestion.status().equals("PENDING")) {
				throw new ConflictException("Suggestion " + suggestion.number() + " of source " + sourceId + " was "
						+ suggestion.status().toLowerCase(Locale.ROOT) + " by " + suggestion.decidedBy() + " at "
						+ suggestion.decidedAt());
			}
		}
		String author = Writes.author();
		Instant at = Writes.now();
		Map<String, String> created = new HashMap<>();
		// A new event takes its date and place as the editor accepts them, edited or not.
		Map<Integer, String> accepted = new HashMap<>();
		decisions.stream()
			.filter(d -> d.accepts() && d.value() != null && d.subject() == null)
			.forEach(d -> accepted.put(d.number(), d.value()));
		Map<String, Set<String>> participants = new TreeMap<>();
		for (int i = 0; i < decisions.size(); i++) {
			DecisionsRequest.Decision decision = decisions.get(i);
			StoredSuggestion suggestion = found.get(decision.number());
			if (!decision.accepts()) {
				this.store.decide(sourceId, suggestion.number(), "REJECTED", author, at, null, null);
				continue;
			}
			String prefix = "decisions[" + i + "].";
			SubjectType type = SubjectType.valueOf(suggestion.subjectType());
			String slug = suggestion.subjectSlug();
			String createdEvent = null;
			if (decision.subject() != null) {
				type = subjectType(decision.subject().type(), prefix);
				slug = decision.subject().slug();
			}
			else if (suggestion.isProposed() && type == SubjectType.FIGURE) {
				// A figure needs a unit, period and label the text does not settle (docs/ingest.md).
				throw new InvalidRequestException(prefix + "subject.slug", "Suggestion " + suggestion.number()
						+ " proposes a new figure, which review does not create: create it (POST /api/v1/figures),"
						+ " then accept with subject naming it");
			}
			else if (suggestion.isProposed()) {
				slug = created.computeIfAbsent(suggestion.proposal(), p -> this.store.eventFor(sourceId, p)
					.orElseGet(() -> draftEvent(sourceId, suggestion, accepted)));
				createdEvent = slug;
			}
			String value = (decision.value() != null) ? decision.value() : suggestion.value();
			// An edited value without a label is labelled by the intake as the rules label what they find.
			String label = (decision.valueLabel() != null || decision.value() != null) ? decision.valueLabel()
					: suggestion.valueLabel();
			long claim = this.intake.addDraftClaim(sourceId, type, slug, suggestion.attribute(), value, label,
					suggestion.excerpt(), prefix);
			this.store.decide(sourceId, suggestion.number(), "ACCEPTED", author, at, claim, createdEvent);
			if (createdEvent != null && suggestion.attribute().equals(PARTICIPANT)) {
				participants.computeIfAbsent(createdEvent, e -> new TreeSet<>()).add(value.strip());
			}
		}
		// The people of the proposal go with the event review made of it: as its participants, which
		// lists, filters and exports read. An event that existed before keeps the participants its
		// editors gave it: a claim adds evidence, not a participant.
		participants.forEach(this.events::addParticipants);
		// The source's suggestions are part of what an editor reads of it. Review makes drafts only
		// (claims, events for proposals and their participants), which the public does not see.
		this.storeChanges.record("source:" + sourceId);
		this.storeChanges.seenByPublic(false);
		return views(sourceId, this.store.byNumbers(sourceId, numbers));
	}

	private static SubjectType subjectType(String code, String prefix) {
		return WireName.parse(SubjectType.class, code)
			.orElseThrow(() -> new InvalidRequestException(prefix + "subject.type",
					"subject.type must be one of " + WireName.choices(SubjectType.class)));
	}

	/**
	 * A draft event for a proposal: its title, the date and place the source's suggestions about the
	 * same proposal give, with the values edited where this request accepts them edited (else the
	 * publication date), the excerpt as a summary an editor rewrites, and a slug from the title made
	 * unique.
	 */
	private String draftEvent(long sourceId, StoredSuggestion suggestion, Map<Integer, String> edited) {
		List<StoredSuggestion> about = this.store.aboutProposal(sourceId, suggestion.proposal());
		PartialDate date = about.stream()
			.filter(s -> s.attribute().equals("start-date"))
			.map(s -> parseDate(edited.getOrDefault(s.number(), s.value())))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseGet(() -> new PartialDate(publishedOn(sourceId), org.tradeline.calendar.DatePrecision.DAY));
		String location = about.stream()
			.filter(s -> s.attribute().equals("location"))
			.map(s -> edited.getOrDefault(s.number(), s.value()))
			.findFirst()
			.orElse(null);
		String title = (suggestion.proposalTitle() != null && !suggestion.proposalTitle().isBlank())
				? suggestion.proposalTitle().strip() : suggestion.excerpt();
		title = Text.truncate(title, 200);
		String slug = this.eventSlugs.unused(slugOf(title));
		this.events.create(new EventRequest(slug, title, suggestion.excerpt(), EventKind.STATEMENT,
				new EventRequest.DateRequest(date.first(), null, date.precision()), location, List.of(), List.of(),
				PublicationState.DRAFT));
		return slug;
	}

	private static Optional<PartialDate> parseDate(String value) {
		try {
			return Optional.of(PartialDate.parse(value));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private LocalDate publishedOn(long sourceId) {
		return this.intake.publishedOn(sourceId).orElseGet(() -> LocalDate.now(java.time.ZoneOffset.UTC));
	}

	static String slugOf(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "event" : slug;
	}

}
