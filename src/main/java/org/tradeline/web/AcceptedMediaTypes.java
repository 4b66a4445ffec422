package org.tradeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradeline.problem.ProblemAccept;

/**
 * What a request accepts, read as RFC 9110 12.5.1 reads Accept: a media type takes the quality of the
 * most specific range that matches it, and quality 0 means "not this". Spring MVC alone would sort a
 * q=0 type last and still answer in it, and let {@code *}{@code /*} or {@code text/*} readmit a type
 * the client refused. So q=0 ranges are left out, and a wildcard that a more specific range weighs
 * otherwise is replaced by the media types the API serves that it alone decides, each with its
 * quality. Spring MVC's handler lookup and answer, the read cache key and {@link ProblemAccept} all
 * negotiate through this one strategy, so they agree on the representation.
 * <p>
 * An Accept that refuses everything it names accepts only problem details, without the wider
 * lookup {@link ProblemAccept} gives a client that asked for them: as for {@code application/xml},
 * a read is refused (406) before its resource is looked up.
 */
final class AcceptedMediaTypes implements ContentNegotiationStrategy {

	private static final List<MediaType> PROBLEMS_ONLY = List.of(MediaType.APPLICATION_PROBLEM_JSON);

	private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

	// Looked up when first used: the mapping is built after the content negotiation it uses.
	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<MediaType> served;

	AcceptedMediaTypes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
		List<MediaType> ranges = this.header.resolveMediaTypes(request);
		List<MediaType> accepted = new ArrayList<>();
		for (MediaType range : ranges) {
			if (range.getQualityValue() == 0) {
				continue;
			}
			if (range.isConcrete() || !weighedOtherwiseWithin(range, ranges)) {
				accepted.add(range);
				continue;
			}
			// In the wildcard's place and with its quality: a type it still admits ranks where it did.
			for (MediaType type : served()) {
				if (mostSpecific(type, ranges) == range) {
					accepted.add(type.copyQualityValue(range));
				}
			}
		}
		if (accepted.isEmpty()) {
			return PROBLEMS_ONLY;
		}
		return ProblemAccept.forLookup(request, accepted);
	}

	/** Whether a more specific range inside this wildcard carries another quality. */
	private static boolean weighedOtherwiseWithin(MediaType wildcard, List<MediaType> ranges) {
		return ranges.stream()
			.anyMatch(range -> specificity(range) > specificity(wildcard) && wildcard.includes(range)
					&& range.getQualityValue() != wildcard.getQualityValue());
	}

	/** The first of the most specific ranges that match this type (Accept is sorted by quality first). */
	private static MediaType mostSpecific(MediaType type, List<MediaType> ranges) {
		MediaType best = null;
		for (MediaType range : ranges) {
			if (range.includes(type) && (best == null || specificity(range) > specificity(best))) {
				best = range;
			}
		}
		return best;
	}

	/** 0 for any type, 1 for a type's subtypes, 2 for a suffix's (application/*+json), 3 for one type. */
	private static int specificity(MediaType range) {
		if (range.isWildcardType()) {
			return 0;
		}
		if ("*".equals(range.getSubtype())) {
			return 1;
		}
		return range.isWildcardSubtype() ? 2 : 3;
	}

	/**
	 * Every concrete media type the API's handlers declare, and JSON, which those that declare none
	 * answer in, and problem details, in which any request may be answered; sorted as Spring MVC breaks
	 * ties between handlers a wildcard matches equally, so a wildcard replaced by these picks as before.
	 */
	private List<MediaType> served() {
		List<MediaType> known = this.served;
		if (known == null) {
			TreeSet<MediaType> types = new TreeSet<>(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
			this.mappings.getObject().getHandlerMethods().keySet().forEach(info -> info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.filter(MediaType::isConcrete)
				.forEach(type -> types.add(new MediaType(type.getType(), type.getSubtype()))));
			known = List.copyOf(types);
			this.served = known;
		}
		return known;
	}

}
