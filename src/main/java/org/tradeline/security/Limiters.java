package org.tradeline.security;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The read and write budgets, and the counters of their refusals. On PostgreSQL (the database
 * several instances share) they are {@link SharedBudgets}, so N instances still allow one budget,
 * not N; on H2 (embedded: one instance) they stay in memory ({@link Budgets}).
 *
 * @param reads reads per client address
 * @param writes writes per token
 * @param readRefusals reads answered 429
 * @param writeRefusals writes answered 429
 */
record Limiters(Limiter reads, Limiter writes, Counter readRefusals, Counter writeRefusals) {

	static final String REFUSALS = "tradeline.rate.limit.refusals";

	static Limiters of(SecurityProperties.RateLimit limits, DataSource dataSource, JdbcClient jdbc,
			MeterRegistry meters) {
		boolean shared = limits.shared() && isPostgres(dataSource);
		Limiter reads = shared ? new SharedBudgets("reads", limits.readsPerClient(), limits.period(), jdbc)
				: new Budgets(limits.readsPerClient(), limits.period());
		Limiter writes = shared ? new SharedBudgets("writes", limits.writesPerToken(), limits.period(), jdbc)
				: new Budgets(limits.writesPerToken(), limits.period());
		return new Limiters(reads, writes, refusals(meters, "reads"), refusals(meters, "writes"));
	}

	static Counter refusals(MeterRegistry meters, String budget) {
		return Counter.builder(REFUSALS)
			.tag("budget", budget)
			.description("Requests answered 429 because their budget was spent")
			.register(meters);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database rate limits would be kept in", ex);
		}
	}

}
