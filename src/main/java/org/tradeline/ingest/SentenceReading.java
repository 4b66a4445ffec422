package org.tradeline.ingest;

import java.util.List;

/** Everything the rules found in one sentence, with the stem of each of its words. */
record SentenceReading(Sentence sentence, List<String> stems, List<ActorMention> actors, List<DateMention> dates,
		List<FigureMention> figures, List<PlaceMention> places) {
}
