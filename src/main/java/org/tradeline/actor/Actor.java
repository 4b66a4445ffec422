package org.tradeline.actor;


import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;
import org.tradeline.store.Tracked;

/** A person, government, ministry, agency, company or outlet, named and titled as the sources give it. */
// Soft-deleted rows are invisible to every JPA read; restores go through native updates.
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "actor")
public class Actor extends Tracked {

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private ActorKind kind;

	private String country;

	private String title;

	protected Actor() {
	}

	Actor(String slug) {
		this.slug = slug;
	}

	/** Everything but the slug, which claims and participants refer to. */
	void update(String name, ActorKind kind, String country, String title) {
		this.name = name;
		this.kind = kind;
		this.country = country;
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public String getCountry() {
		return this.country;
	}

	public String getTitle() {
		return this.title;
	}

}
