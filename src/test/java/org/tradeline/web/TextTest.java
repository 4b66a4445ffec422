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

	@Test
	void leftToRightTextIsNotIsolatedAndStaysTheSameString() {
		for (String text : new String[] { "", "The Straits Times", "caf\u00e9; \u201Cquoted\u201D\nline", "\ud83d\udcb0" }) {
			assertThat(Text.isolated(text)).as(text).isSameAs(text);
		}
	}

	@Test
	void rightToLeftTextAndBidirectionalControlsAreIsolated() {
		assertThat(Text.isolated("\u05e9\u05dc\u05d5\u05dd")).isEqualTo("\u2068\u05e9\u05dc\u05d5\u05dd\u2069");
		assertThat(Text.isolated("Al \u0627\u0644\u0623\u062e\u0628\u0627\u0631"))
			.isEqualTo("\u2068Al \u0627\u0644\u0623\u062e\u0628\u0627\u0631\u2069");
		// Adlam, outside the Basic Multilingual Plane.
		assertThat(Text.isolated("\ud83a\udd00")).isEqualTo("\u2068\ud83a\udd00\u2069");
		// Free text may hold every control (Text.forbiddenAt allows them), left-to-right ones too.
		for (char control : "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u200f".toCharArray()) {
			String text = "Wire " + control + "Service";
			assertThat(Text.isolated(text)).as("U+%04X", (int) control).startsWith("\u2068").contains(text).endsWith("\u2069");
		}
	}

	/** A line break ends every isolate, so each line is isolated on its own, and only a line that needs it. */
	@Test
	void eachLineIsIsolatedOnItsOwn() {
		assertThat(Text.isolated("Plain\r\n\u202eflipped\nplain\u2029\u05e9"))
			.isEqualTo("Plain\r\n\u2068\u202eflipped\u2069\nplain\u2029\u2068\u05e9\u2069");
	}

	/** Its own isolates can neither close the wrapper before an override nor keep it open after it. */
	@Test
	void unbalancedIsolatesInTheTextAreBalanced() {
		assertThat(Text.isolated("a\u2069\u202eb")).isEqualTo("\u2068\u2068a\u2069\u202eb\u2069");
		assertThat(Text.isolated("\u2067a")).isEqualTo("\u2068\u2067a\u2069\u2069");
		assertThat(Text.isolated("\u2069\u2069\u2066x")).isEqualTo("\u2068\u2068\u2068\u2069\u2069\u2066x\u2069\u2069");
		assertThat(Text.isolated("\u2067a\u2069")).isEqualTo("\u2068\u2067a\u2069\u2069");
	}

}
