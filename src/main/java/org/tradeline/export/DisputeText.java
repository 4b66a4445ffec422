package org.tradeline.export;

import java.util.stream.Collectors;

import org.tradeline.provenance.DisputeView;
import org.tradeline.web.Text;

/** A dispute as plain text, every side with the sources stating it, for the exports that give it in prose. */
final class DisputeText {

	private DisputeText() {
	}

	/** "Disputed — US Treasury Secretary: Scott Bessent (001; 004); Janet Yellen (000)", values isolated. */
	static String of(DisputeView dispute) {
		return "Disputed — " + dispute.attributeLabel() + ": " + dispute.positions()
			.stream()
			.map(p -> Text.isolated(p.valueLabel()) + " ("
					+ p.claims().stream().map(c -> c.source().citation()).distinct().collect(Collectors.joining("; "))
					+ ")")
			.collect(Collectors.joining("; "));
	}

}
