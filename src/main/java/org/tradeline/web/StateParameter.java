package org.tradeline.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.store.Visibility;

/**
 * The {@code state} query parameter of the reads that can show drafts: {@code published} (the
 * default, what everyone sees), {@code draft} or {@code all}. Drafts are for editors: asking for them
 * without a token is 401, with a token of no editor role 403, never a silent public answer. Answers
 * to a request with a token are never kept by the read cache, so a draft view is never served to the
 * public nor the reverse.
 */
public final class StateParameter {

	public static final String NAME = "state";

	private StateParameter() {
	}

	public static Visibility parse(String text) {
		String value = Text.blankToNull(text);
		if (value == null) {
			return Visibility.PUBLIC;
		}
		Visibility visibility = switch (value) {
			case "published" -> Visibility.PUBLIC;
			case "draft" -> Visibility.DRAFTS;
			case "all" -> Visibility.ALL;
			default -> throw new InvalidParameterException(NAME, NAME + " must be one of published, draft, all");
		};
		if (!visibility.isPublic()) {
			requireEditor();
		}
		return visibility;
	}

	/**
	 * For the other representations of a read that can show drafts (CSV, iCalendar, JSON-LD): those
	 * are exports, which show published events only, so asking them for drafts is refused rather
	 * than answered with the public view.
	 */
	public static void publishedOnly(String value) {
		if (!parse(value).isPublic()) {
			throw new InvalidParameterException(NAME,
					"Drafts are shown in application/json only; exports show published events");
		}
	}

	private static void requireEditor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			throw new AuthenticationCredentialsNotFoundException("Drafts are shown to editors only");
		}
		if (authentication.getAuthorities().stream().noneMatch(a -> "ROLE_EDITOR".equals(a.getAuthority()))) {
			throw new AccessDeniedException("Drafts are shown to editors only");
		}
	}

}
