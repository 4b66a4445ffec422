package org.tradeline.store;

/** A live row's slug and id, for looking up many slugs in one query. */
public record SlugId(String slug, long id) {
}
