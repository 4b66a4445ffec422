package org.tradeline.web;

import java.sql.Timestamp;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.etag.Etags;
import org.tradeline.cache.etag.IfMatch;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.store.NumberedRepository;
import org.tradeline.store.SlugRow;
import org.tradeline.store.SluggedRepository;
import org.tradeline.store.Tracked;

/**
 * The one write path of a stored resource, in the order every resource takes it: find the live
 * resource, check If-Match once against its current representation, then change it; a merge patch
 * is merged into the current request and takes the path of a replacement. What a resource does in
 * each step (validate, lock, apply, revision, tallies, store change) is its subclass's, all inside
 * the one transaction; the answer is the representation after the change.
 * @param <K> what identifies the resource in its URL (a slug or an id)
 * @param <E> the stored entity
 * @param <R> the request a client writes
 * @param <V> the representation a client reads
 */
@Transactional
public abstract class ResourceWrites<K, E, R, V> {

	private final String kind;

	private final Class<R> requestType;

	private final Etags etags;

	private final Writes writes;

	protected ResourceWrites(String kind, Class<R> requestType, Etags etags, Writes writes) {
		this.kind = kind;
		this.requestType = requestType;
		this.etags = etags;
		this.writes = writes;
	}

	public abstract V create(R request);

	public V replace(K key, IfMatch ifMatch, R request) {
		E entity = live(key);
		V current = view(entity);
		this.etags.require(ifMatch, current);
		return changeUnlessSame(key, entity, current, request);
	}

	public V patch(K key, IfMatch ifMatch, JsonNode patch) {
		E entity = live(key);
		V current = view(entity);
		this.etags.require(ifMatch, current);
		R patched = this.writes.patch(patchTarget(entity, patch), patch, this.requestType);
		return changeUnlessSame(key, entity, current, patched);
	}

	/**
	 * The request a merge patch applies to: the resource as it is ({@link #requestOf}), less what a
	 * resource keeps only along with a field the patch removes (a default the client did not write).
	 */
	protected R patchTarget(E entity, JsonNode patch) {
		return requestOf(entity);
	}

	/** A request that would write the resource as it is changes nothing: no revision, no store change. */
	private V changeUnlessSame(K key, E entity, V current, R request) {
		return unchangedBy(request, entity) ? current : change(key, entity, request);
	}

	private boolean unchangedBy(R request, E entity) {
		return asWritten(request, entity).equals(requestOf(entity));
	}

	/**
	 * Replaces the live resource this transaction has found already, as a replacement with
	 * {@code If-Match: *} would (a precondition every live resource meets), without finding it again.
	 */
	protected final void replaceFound(K key, E entity, R request) {
		if (!unchangedBy(request, entity)) {
			change(key, entity, request);
		}
	}

	/** Soft delete: nothing an editor removes is lost, and a restore brings it back. */
	public void delete(K key, IfMatch ifMatch) {
		E entity = live(key);
		this.etags.require(ifMatch, view(entity));
		remove(entity, Writes.now());
	}

	public V restore(K key) {
		// Locked: two restores at once would both find it deleted and both count it back in.
		SlugRow stored = lockStored(key);
		if (stored == null) {
			throw notFound(key);
		}
		if (!stored.deleted()) {
			throw new ConflictException(Character.toUpperCase(this.kind.charAt(0)) + this.kind.substring(1) + " '" + key
					+ "' is not deleted");
		}
		return restore(key, stored.id());
	}

	/** The live resource, or 404. */
	protected abstract E live(K key);

	/** The row as stored, deleted or not, locked until the transaction ends; null when there is none. */
	protected abstract SlugRow lockStored(K key);

	/**
	 * The representation a GET of it answers with now, built from the entity this transaction holds
	 * (looking it up again would read its row again).
	 */
	protected abstract V view(E entity);

	/** The request that would write the resource as it is: what a merge patch applies to. */
	protected abstract R requestOf(E entity);

	/**
	 * The request as the resource would keep it, to compare with {@link #requestOf}: what a change
	 * leaves as it is when the request leaves it out (a state, a list) or writes it loosely (white space
	 * around text) takes its kept form. Without this, {@code {"state": null}} would store a revision
	 * that changes nothing.
	 */
	protected R asWritten(R request, E entity) {
		return request;
	}

	/** Validates the request and applies it to the resource, whose precondition held. */
	protected abstract V change(K key, E entity, R request);

	protected abstract void remove(E entity, Instant at);

	/** Brings back the deleted resource with this id (and what was deleted with it). */
	protected abstract V restore(K key, long id);

	/** The kind of resource, as messages name it: {@code actor}. */
	protected final String kind() {
		return this.kind;
	}

	protected final NotFoundException notFound(K key) {
		return new NotFoundException(this.kind, String.valueOf(key));
	}

	/**
	 * The checks every slug-named resource starts with: Bean Validation, the slug's shape, and (for
	 * a change) that the slug, which names it in URLs, stays what it was.
	 */
	protected final Writes.Violations checkSlugged(R request, String slug, String existingSlug) {
		Writes.Violations violations = this.writes.check(request);
		violations.slug("slug", slug);
		if (existingSlug != null && slug != null && !existingSlug.equals(slug)) {
			violations.add("slug", "slug identifies the " + this.kind + " and cannot change");
		}
		return violations;
	}

	/**
	 * The write path of a resource named by its id in its URL and stored in a
	 * {@link NumberedRepository}: how it is found, live or deleted too, is the same for every such
	 * resource.
	 * @param <E> the stored entity
	 * @param <R> the request a client writes
	 * @param <V> the representation a client reads
	 */
	public abstract static class Numbered<E extends Tracked, R, V> extends ResourceWrites<Long, E, R, V> {

		private final NumberedRepository<E> rows;

		protected Numbered(String kind, Class<R> requestType, NumberedRepository<E> rows, Etags etags,
				Writes writes) {
			super(kind, requestType, etags, writes);
			this.rows = rows;
		}

		@Override
		protected E live(Long id) {
			return this.rows.findById(id).orElseThrow(() -> notFound(id));
		}

		@Override
		protected SlugRow lockStored(Long id) {
			return this.rows.lockAnyById(id).orElse(null);
		}

	}

	/**
	 * The write path of a resource named by a slug in its URL and stored in a
	 * {@link SluggedRepository}: how it is found (live, or deleted too), that a create may not take a
	 * slug a deleted one still holds, and how a deletion is cleared are the same for every such resource.
	 * @param <E> the stored entity
	 * @param <R> the request a client writes
	 * @param <V> the representation a client reads
	 */
	public abstract static class Slugged<E extends Tracked, R, V> extends ResourceWrites<String, E, R, V> {

		private final SluggedRepository<E> rows;

		protected Slugged(String kind, Class<R> requestType, SluggedRepository<E> rows, Etags etags, Writes writes) {
			super(kind, requestType, etags, writes);
			this.rows = rows;
		}

		@Override
		protected E live(String slug) {
			return this.rows.findBySlug(slug).orElseThrow(() -> notFound(slug));
		}

		/** The row with this slug as stored, deleted or not; null when there is none. */
		private SlugRow stored(String slug) {
			return this.rows.findAnyBySlug(slug).orElse(null);
		}

		@Override
		protected SlugRow lockStored(String slug) {
			return this.rows.lockAnyBySlug(slug).orElse(null);
		}

		/** 409 when a resource of this kind, live or deleted, has the slug already. */
		protected final void requireFreeSlug(String slug) {
			if (stored(slug) != null) {
				String article = ("aeiou".indexOf(kind().charAt(0)) >= 0) ? "An " : "A ";
				throw new ConflictException(article + kind() + " with slug '" + slug + "' already exists");
			}
		}

		/** Clears the deletion of the row with this id (a native update: the entity cannot be loaded). */
		protected final void undelete(long id) {
			this.rows.restore(id, Timestamp.from(Writes.now()));
		}

	}

}
