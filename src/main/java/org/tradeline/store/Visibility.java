package org.tradeline.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which publication states a read shows. The public sees what is published, and every read is
 * public unless an editor asks for drafts ({@code state=draft} or {@code state=all}); an editor's
 * view also shows the draft claims on what it lists.
 * @param states the states of the resources the read selects
 */
public record Visibility(Set<PublicationState> states) {

	/** What everyone sees: published resources and published claims on them. */
	public static final Visibility PUBLIC = new Visibility(EnumSet.of(PublicationState.PUBLISHED));

	/** Everything an editor may see: drafts and published alike. */
	public static final Visibility ALL = new Visibility(EnumSet.allOf(PublicationState.class));

	/** Drafts only (the claims on them shown whatever their state). */
	public static final Visibility DRAFTS = new Visibility(EnumSet.of(PublicationState.DRAFT));

	public Visibility {
		states = Set.copyOf(states);
	}

	public boolean isPublic() {
		return this.equals(PUBLIC);
	}

	/** Whether the read selects a resource in this state. */
	public boolean selects(PublicationState state) {
		return this.states.contains(state);
	}

	/** Whether a claim in this state shows on what the read selected: drafts only in an editor's view. */
	public boolean showsClaim(PublicationState state) {
		return !isPublic() || state == PublicationState.PUBLISHED;
	}

}
