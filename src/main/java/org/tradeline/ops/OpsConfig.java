package org.tradeline.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.store.StoreRevision;

/** The request id filter and the store's metrics. */
@Configuration(proxyBeanMethods = false)
class OpsConfig {

	@Bean
	RequestIdFilter requestIdFilter() {
		return new RequestIdFilter();
	}

	/**
	 * How many store revisions this instance has not applied yet: the database's revision minus the
	 * one its read cache was last told about. Another instance's write shows here until the next poll;
	 * a lag that stays above zero means this instance serves stale answers. Read when scraped (one
	 * single-row query), NaN while the database or the revision is unknown.
	 */
	@Bean
	MeterBinder storeRevisionMeters(StoreRevision revision, JdbcClient jdbc) {
		return registry -> {
			Gauge.builder("tradeline.store.revision", revision, StoreRevision::current)
				.description("Store revision this instance has applied")
				.register(registry);
			Gauge.builder("tradeline.store.revision.lag", revision, applied -> lag(applied, jdbc))
				.description("Store revisions committed in the database that this instance has not applied yet")
				.register(registry);
		};
	}

	private static double lag(StoreRevision revision, JdbcClient jdbc) {
		long applied = revision.current();
		if (applied == StoreRevision.UNKNOWN) {
			return Double.NaN;
		}
		try {
			long latest = jdbc.sql("select revision from store_change where id = 1").query(Long.class).single();
			return Math.max(0, latest - applied);
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
