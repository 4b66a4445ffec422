package org.tradeline.provenance.subject;

/** What a claim or dispute is about: type (event, actor, figure), slug and display name. */
public record SubjectRef(String type, String slug, String name) {
}
