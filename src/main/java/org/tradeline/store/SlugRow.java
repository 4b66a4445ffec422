package org.tradeline.store;

/**
 * A {@link Tracked} resource's row found by its key whether it is deleted or not: what create
 * (is the slug taken?) and restore (is it deleted?) need, which the entity cannot load once deleted.
 * Native queries select {@code id, deleted_at is not null as deleted}.
 */
public record SlugRow(long id, boolean deleted) {
}
