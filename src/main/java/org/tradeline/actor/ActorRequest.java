package org.tradeline.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.tradeline.web.Characters;

/**
 * An actor as written; country is an ISO 3166-1 alpha-2 code. The slug is fixed once created. Public
 * for its constraints, which a backup's rows are held to as well.
 */
public record ActorRequest(@NotBlank @Characters(max = 120) String slug, @NotBlank @Characters(max = 200) String name,
		@NotNull ActorKind kind,
		@Pattern(regexp = "^[A-Z]{2}$", message = "country must be a two-letter ISO code such as US or CN") String country,
		@Characters(max = 200) String title) {
}
