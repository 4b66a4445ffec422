package org.tradeline.provenance;

/** A reference to what a claim is about. */
public record Subject(SubjectType type, long id) {
}
