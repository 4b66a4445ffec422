package org.tradeline.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tradeline.ingest.Known;
import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * An actor-valued event attribute other than "participant", read from its label: an optional
 * country ("US", "China's") and a role. "US Treasury Secretary" is held by a US actor the text calls
 * Treasury Secretary; "US leader" by a US president or prime minister; "Head of China's delegation"
 * by a Chinese actor the text says leads or heads the delegation or talks.
 */
public record RoleAttribute(String code, String country, Kind kind, String titleKey) {

	public enum Kind {

		TITLE, LEADER, DELEGATION_HEAD

	}

	private static final Pattern LED_BY = Pattern.compile("\\b(?:led|headed) by\\s*$");

	private static final Pattern LEADS = Pattern.compile("^(?:,? who (?:led|headed|heads|leads) the\\b"
			+ "| and (?:his|her) (?:delegation|team)\\b| (?:led|leads|headed|heads) the [\\p{L} ]*(?:delegation|team|talks)\\b)");

	private static final Set<String> LEADER_TITLES = Set.of("president", "prime minister", "chancellor", "king",
			"queen", "emperor", "head of state", "head of government");

	/** Meetings between sides, where each side's leader is a role; not statements or measures. */
	public static final Set<String> ENCOUNTERS = Set.of("TALKS", "CALL", "AGREEMENT");

	public static List<RoleAttribute> of(List<Known.Attribute> attributes) {
		List<RoleAttribute> roles = new ArrayList<>();
		for (Known.Attribute a : attributes) {
			if (!"EVENT".equals(a.subjectType()) || !"ACTOR".equals(a.valueType()) || !a.singleValued()) {
				continue;
			}
			String country = null;
			for (Token t : Texts.words(a.label(), 0, a.label().length())) {
				String code = Countries.of(t.folded());
				if (code != null) {
					country = code;
					break;
				}
			}
			String key = Titles.key(a.label());
			Kind kind = key.contains("delegation") && (key.contains("head") || key.contains("lead")) ? Kind.DELEGATION_HEAD
					: key.equals("leader") ? Kind.LEADER : Kind.TITLE;
			roles.add(new RoleAttribute(a.code(), country, kind, key));
		}
		return roles;
	}

	/** Whether the mention holds this role, given the folded sentence text around it. */
	public boolean heldBy(ActorMention mention, String folded) {
		if (this.country != null && !this.country.equals(mention.actor().country())) {
			return false;
		}
		return switch (this.kind) {
			case TITLE -> mention.titled() && Titles.key(mention.title()).equals(this.titleKey);
			case LEADER -> mention.titled() && LEADER_TITLES.contains(Titles.key(mention.title()));
			case DELEGATION_HEAD -> leads(mention, folded);
		};
	}

	private static boolean leads(ActorMention mention, String folded) {
		String before = folded.substring(Math.max(0, (mention.titled() ? mention.titleStart() : mention.start()) - 12),
				mention.titled() ? mention.titleStart() : mention.start());
		String after = folded.substring(mention.end(), Math.min(folded.length(), mention.end() + 40));
		return LED_BY.matcher(before).find() || LEADS.matcher(after).find();
	}

}
