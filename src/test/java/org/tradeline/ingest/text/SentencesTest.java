package org.tradeline.ingest.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

	static java.util.List<String> split(String text) {
		return Texts.sentences(text).stream().map((s) -> text.substring(s.start(), s.end())).toList();
	}

	@Test
	void aLongHyphenatedRunIsOneWordWithoutOverflowingTheStack() {
		String run = "a-".repeat(15_000) + "a";
		assertThat(Texts.words(run, 0, run.length())).singleElement().satisfies(word -> {
			assertThat(word.start()).isZero();
			assertThat(word.end()).isEqualTo(run.length());
		});
	}

	@Test
	void anAbbreviationBeforeANameDoesNotEndTheSentence() {
		assertThat(split("U.S. President Adams met Mr. Okafor. They spoke for an hour."))
			.containsExactly("U.S. President Adams met Mr. Okafor.", "They spoke for an hour.");
	}

	@Test
	void aStopInsideAWordDoesNotEndTheSentence() {
		assertThat(split("The U.S.-Canada talks ended. Both sides left.")).containsExactly("The U.S.-Canada talks ended.",
				"Both sides left.");
	}

	@Test
	void aLineBreakEndsAHeadline() {
		assertThat(split("Talks Resume in Nairobi\nDelegates met on Monday.")).containsExactly("Talks Resume in Nairobi",
				"Delegates met on Monday.");
	}

	@Test
	void foldingKeepsOffsets() {
		String text = "China’s “framework” – agreed";
		assertThat(Texts.fold(text)).hasSameSizeAs(text).isEqualTo("china's \"framework\" - agreed");
	}

	@Test
	void aByteOrderMarkIsNoPartOfTheFirstSentence() {
		assertThat(split("\uFEFFTalks opened. They\uFEFF ended.")).containsExactly("Talks opened.", "They\uFEFF ended.");
	}

}
