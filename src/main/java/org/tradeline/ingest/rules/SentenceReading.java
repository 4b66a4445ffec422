package org.tradeline.ingest.rules;

import java.util.List;

import org.tradeline.ingest.text.Sentence;

/** Everything the rules found in one sentence, with the stem of each of its words. */
public record SentenceReading(Sentence sentence, List<String> stems, List<ActorMention> actors, List<DateMention> dates,
		List<FigureMention> figures, List<PlaceMention> places) {
}
