package org.tradeline.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an enum is spelled where clients see it: its name in lower case, words joined by hyphens
 * ({@code DATA_RELEASE} is {@code data-release}). Responses write that spelling (an enum's
 * {@code @JsonValue code()} returns {@link #of}) and parameters are read back with {@link #parse}, so
 * the two cannot disagree.
 */
public final class WireName {

	private WireName() {
	}

	public static String of(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The constant spelled {@code code}, if any. */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> of(constant).equals(code)).findFirst();
	}

	/** Every spelling, in declaration order, for the message that rejects another: {@code event, actor, figure}. */
	public static String choices(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(WireName::of).collect(Collectors.joining(", "));
	}

}
