package org.tradeline.event;

import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that lets a write leave text searches it cannot change in the cache: whenever a search's
 * SQL would match a text (its lower case contains the lowered query), the tags a write names for
 * that text include the tag the search depends on.
 */
class EventTextTagsTest {

	private static final String ALPHABET = "abcdefghijKLMNOPQRST 0123456789.,-_%\\'ÄéİıßΣσ字";

	@Test
	void aTextHoldingTheQueryNamesTheSearchesTag() {
		Random random = new Random(20251);
		int checked = 0;
		for (int n = 0; n < 20_000; n++) {
			String text = randomText(random, 1 + random.nextInt(80));
			int start = random.nextInt(text.length());
			String query = text.substring(start, Math.min(text.length(), start + 3 + random.nextInt(6)));
			query = random.nextBoolean() ? query.toUpperCase(Locale.ROOT) : query;
			String tag = EventCatalog.selectedByText(query);
			if (tag == null || !text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))) {
				continue;
			}
			checked++;
			Set<String> written = EventCatalog.textTags("an unrelated title", text);
			assertThat(written).as("tags of %s for the search %s", text, query).containsAnyOf(tag, EventCatalog.ANY_TEXT);
		}
		assertThat(checked).as("searches the texts match").isGreaterThan(5_000);
	}

	@Test
	void aTextWithoutTheQueryUsuallyLeavesItsSearchAlone() {
		String search = EventCatalog.selectedByText("gallium");
		assertThat(EventCatalog.textTags("Talks in Geneva", "A tariff truce for ninety days."))
			.doesNotContain(search, EventCatalog.ANY_TEXT);
		assertThat(EventCatalog.textTags("Gallium and germanium", "Export licences.")).contains(search);
	}

	@Test
	void shortQueriesAndQueriesNotStartingWithThreeAsciiCharactersHaveNoTag() {
		assertThat(EventCatalog.selectedByText("ga")).isNull();
		assertThat(EventCatalog.selectedByText("Ärger")).isNull();
		assertThat(EventCatalog.selectedByText("ga字")).isNull();
		assertThat(EventCatalog.selectedByText("GAL")).isEqualTo(EventCatalog.selectedByText("gal"))
			.isEqualTo(EventCatalog.selectedByText("gallium"));
	}

	@Test
	void aLongTextNamesEverySearchAtOnce() {
		String text = randomText(new Random(7), 2000);
		assertThat(EventCatalog.textTags(text)).containsExactly(EventCatalog.ANY_TEXT);
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
