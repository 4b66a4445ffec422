package org.tradeline.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for text and the one shape of identifiers, at their edges. */
class TextTest {

	@Test
	void slugsAreLowercaseWordsJoinedBySingleHyphens() {
		for (String slug : new String[] { "a", "0", "london-talks", "rare-earth-exports-2025-05" }) {
			assertThat(Text.isSlug(slug)).as(slug).isTrue();
		}
		for (String notSlug : new String[] { "", "-", "-a", "a-", "a--b", "A", "a_b", "a b", "caf\u00e9", "a\u202eb",
				"a\r\nb", "trade-\ud83d\udcb0" }) {
			assertThat(Text.isSlug(notSlug)).as(notSlug).isFalse();
		}
	}

	/** The regular expression this replaced overflowed the stack on such a value. */
	@Test
	void aSlugOfAMillionCharactersIsCheckedWithoutRecursion() {
		assertThat(Text.isSlug("a" + "-a".repeat(500_000))).isTrue();
		assertThat(Text.isSlug("a" + "-a".repeat(500_000) + "-")).isFalse();
	}

	@Test
	void textMayHoldWhatXml10CanCarry() {
		for (String allowed : new String[] { "", "tab\tline\nreturn\r", "\u05e9\u05dc\u05d5\u05dd", "\ud83d\udcb0",
				"\u202bquoted\u202c \u2067isolated\u2069", "\ufdd0", "\ufffd", "\u00a0" }) {
			assertThat(Text.forbiddenAt(allowed)).as(allowed).isEqualTo(-1);
		}
	}

	@Test
	void textMustNotHoldControlsNoncharactersOrLoneSurrogates() {
		assertThat(Text.forbiddenAt("\u0000")).isEqualTo(0);
		assertThat(Text.forbiddenAt("a\u0001")).isEqualTo(1);
		assertThat(Text.forbiddenAt("a\u001b[31m")).isEqualTo(1);
		assertThat(Text.forbiddenAt("a\u007f")).isEqualTo(1);
		assertThat(Text.forbiddenAt("a\u0085")).isEqualTo(1);
		assertThat(Text.forbiddenAt("ab\ufffe")).isEqualTo(2);
		assertThat(Text.forbiddenAt("\uffff")).isEqualTo(0);
		assertThat(Text.forbiddenAt("a\ud800")).isEqualTo(1);
		assertThat(Text.forbiddenAt("a\ud800b")).isEqualTo(1);
		assertThat(Text.forbiddenAt("a\udc00")).isEqualTo(1);
		assertThat(Text.forbiddenAt("\udc00\ud800")).isEqualTo(0);
	}

	@Test
	void truncatingCountsCharactersAndNeverSplitsOne() {
		String money = "\ud83d\udcb0";
		assertThat(Text.truncate("a" + money.repeat(3), 2)).isEqualTo("a" + money);
		assertThat(Text.truncate(money.repeat(3), 3)).isEqualTo(money.repeat(3));
		assertThat(Text.truncate("abc", 5)).isEqualTo("abc");
		assertThat(Text.truncate("abc", 0)).isEmpty();
		assertThat(Text.truncate(null, 3)).isNull();
	}

}
