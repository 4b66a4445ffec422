package org.tradeline.provenance.dispute;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An open dispute among the claims the public sees. */
@Entity
@Immutable
@Table(name = "dispute")
public class Dispute extends KeptDispute {

	protected Dispute() {
	}

}
