package org.tradeline.provenance.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tradeline.calendar.IsoDate;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.source.SourceRepository;
import org.tradeline.web.Text;

/**
 * Reads the {@code asOf} query parameter into an {@link AsOf}, once, for every handler that takes
 * one: an ISO date, not after today anywhere on Earth (UTC+14) and not before the earliest
 * publication date of any live source, or a 400 naming the parameter. An answer as of a date depends
 * on the sources' dates, so it is tagged {@code sources} for the read cache.
 */
@Configuration(proxyBeanMethods = false)
class AsOfResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static final String PARAMETER = "asOf";

	static {
		// Not a query object to expand: one query parameter, described below and in openapi.yaml.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AsOf.class);
	}

	// Only needed once an asOf is given: web slices that mock the reads run without repositories.
	private final ObjectProvider<SourceRepository> sources;

	AsOfResolver(ObjectProvider<SourceRepository> sources) {
		this.sources = sources;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AsOf.class;
	}

	@Override
	public AsOf resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String value = Text.blankToNull(request.getParameter(PARAMETER));
		return (value == null) ? null : parse(value);
	}

	AsOf parse(String value) {
		LocalDate day;
		try {
			day = IsoDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(PARAMETER, "asOf must be an ISO date (yyyy-MM-dd)");
		}
		if (IsoDate.isFuture(day)) {
			throw new InvalidParameterException(PARAMETER, "asOf (" + day + ") must not be in the future");
		}
		ReadDependencies.add("sources");
		LocalDate earliest = this.sources.getObject().findEarliestPublished().orElse(null);
		if (earliest == null || day.isBefore(earliest)) {
			throw new InvalidParameterException(PARAMETER, "asOf (" + day + ") must not be before the earliest "
					+ "publication date of any source" + ((earliest != null) ? " (" + earliest + ")" : " (none is dated)"));
		}
		return new AsOf(day);
	}

	@Bean
	static GlobalOperationCustomizer asOfParameter() {
		return (operation, handlerMethod) -> {
			boolean takesAsOf = Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch(parameter -> parameter.getParameterType() == AsOf.class);
			// Handlers of one operation in several media types are merged: the parameter is stated once.
			boolean stated = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> PARAMETER.equals(p.getName()));
			if (takesAsOf && !stated) {
				operation.addParametersItem(
						new QueryParameter().name(PARAMETER).required(false).schema(new StringSchema().format("date")));
			}
			return operation;
		};
	}

}
