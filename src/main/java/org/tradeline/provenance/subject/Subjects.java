package org.tradeline.provenance.subject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tradeline.store.Deletion;
import org.tradeline.store.SlugId;
import org.tradeline.store.SluggedRepository;

/**
 * The subjects of one type (events, actors or figures) as the feature that keeps them knows them.
 * Declared here and implemented by each of those features, so that provenance reads their tables
 * only through them: they depend on provenance, not provenance on them.
 */
public interface Subjects {

	/** The type of subject this feature keeps. */
	SubjectType type();

	/** These subjects, deleted or not, in one query; ids that name no subject are left out. */
	List<Row> find(Collection<Long> ids);

	/**
	 * The drafts among these subjects: the public sees neither them nor the claims about them, and
	 * those claims count in no status, dispute or standing. Only events have drafts.
	 */
	default Set<Long> drafts(Collection<Long> ids) {
		return Set.of();
	}

	/** The id of the live subject with this slug. */
	Optional<Long> findLive(String slug);

	/** The ids of the live subjects with these slugs, by slug, in one query; unknown slugs are left out. */
	Map<String, Long> findLive(Collection<String> slugs);

	/**
	 * When each of these subjects was deleted, by id, in one query; live ones (and ids that name no
	 * subject) are left out.
	 */
	Map<Long, Instant> deletedAt(Collection<Long> ids);

	/**
	 * Locks these subjects' rows (deleted or not) until the transaction ends, so that writers
	 * deriving provenance from the claims about one subject take turns.
	 */
	void lock(Collection<Long> ids);

	/** One subject: its slug and display name (an event's title, an actor's name, a figure's label). */
	record Row(long id, String slug, String name, boolean deleted) {
	}

	/**
	 * The subjects of a feature that stores them in a slug-named table: everything but how a
	 * row's display name is selected (a title, a name, a label), which the feature's query gives.
	 */
	abstract class Stored implements Subjects {

		private final SubjectType type;

		private final SluggedRepository<?> rows;

		private final Function<Collection<Long>, List<Row>> find;

		protected Stored(SubjectType type, SluggedRepository<?> rows, Function<Collection<Long>, List<Row>> find) {
			this.type = type;
			this.rows = rows;
			this.find = find;
		}

		@Override
		public SubjectType type() {
			return this.type;
		}

		@Override
		public List<Row> find(Collection<Long> ids) {
			return ids.isEmpty() ? List.of() : this.find.apply(ids);
		}

		@Override
		public Optional<Long> findLive(String slug) {
			return this.rows.findLiveId(slug);
		}

		@Override
		public Map<String, Long> findLive(Collection<String> slugs) {
			return slugs.isEmpty() ? Map.of()
					: this.rows.findLiveIds(slugs).stream().collect(Collectors.toMap(SlugId::slug, SlugId::id));
		}

		@Override
		public Map<Long, Instant> deletedAt(Collection<Long> ids) {
			return ids.isEmpty() ? Map.of()
					: this.rows.findDeletions(ids).stream().collect(Collectors.toMap(Deletion::id, Deletion::at));
		}

		@Override
		public void lock(Collection<Long> ids) {
			if (!ids.isEmpty()) {
				this.rows.lock(ids);
			}
		}

	}

}
