package org.tradeline.provenance;

/** How claim values of an attribute are compared. */
public enum ValueType {

	/** Free text, equal when equal ignoring case and spacing. */
	TEXT,
	/** A date at some precision; compatible when the days they allow overlap. */
	DATE,
	/** A decimal; equal by numeric value. */
	NUMBER,
	/** An actor slug. */
	ACTOR

}
