package org.tradeline.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tradeline.system.Tracked;

/** A person, government, ministry, agency, company or outlet, named and titled as the sources give it. */
@Entity
@Table(name = "actor")
public class Actor extends Tracked {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private ActorKind kind;

	private String country;

	private String title;

	protected Actor() {
	}

	public Long getId() {
		return this.id;
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
