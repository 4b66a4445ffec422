package org.tradeline.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.support.TestDatabase;
import org.tradeline.support.requests.Contract;
import org.tradeline.support.requests.Contract.ApiOperation;
import org.tradeline.support.requests.Generator;
import org.tradeline.support.requests.LogWatch;
import org.tradeline.support.requests.Oracle;
import org.tradeline.support.requests.StoreFingerprint;
import org.tradeline.support.requests.Transport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests generated from openapi.yaml and sent over real HTTP and raw sockets. For every
 * operation: a baseline from the contract's examples, then mutations of it -- wrong types, values
 * past each documented bound, int and long boundaries and products of two numbers, long
 * repetitive strings, bad formats and encodings, missing and unknown fields, every content type
 * with and without a token, bodies far over the cap, HEAD and OPTIONS, odd and repeated headers,
 * and in every free-text field characters XML forbids and bidi controls, after which every export
 * is read back with a real parser.
 * <p>
 * The properties, each checked on every answer: no 5xx; the status is one the contract and the
 * documented rules allow for that request; every error is a well-formed problem+json; the answer
 * is one openapi.yaml documents; no body leaks a stack trace, class name, SQL or server version;
 * a refused request changes nothing stored; a body over the cap is refused without being read;
 * no client error writes a stack trace or an ERROR line to the log; every export stays well-formed.
 * The seed is printed; {@code -Dtradeline.test.seed=N} repeats a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class GeneratedRequestsTest {

	static final long SEED = Long.getLong("tradeline.test.seed", 20250605L);

	static final int MINIMUM_REQUESTS = 3000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyGeneratedRequestIsAnsweredWithinTheContract() throws Exception {
		String database = TestDatabase.isPostgres() ? "PostgreSQL" : "H2";
		System.out.println("GeneratedRequestsTest seed " + SEED + " (repeat with -Dtradeline.test.seed=" + SEED + ")");
		Contract contract = new Contract();
		List<ApiOperation> operations = contract.operations();
		assertThat(operations).as("operations in openapi.yaml").isNotEmpty();
		StoreFingerprint store = new StoreFingerprint(this.jdbc);
		Oracle oracle;
		Generator generator;
		long start = System.nanoTime();
		try (LogWatch log = LogWatch.attach()) {
			oracle = new Oracle(store, log);
			generator = new Generator(contract, new Transport(this.port), oracle, store, SEED);
			generator.run(operations);
			System.out.printf("%s%n  %s%n  %d s%n", oracle.report(database, log), generator.report(),
					(System.nanoTime() - start) / 1_000_000_000);
		}
		List<String> failures = oracle.failures();
		// Every failure, for reading at leisure; the assertion shows the first few of each oracle.
		Files.write(Path.of("target", "generated-requests-failures-" + database + ".txt"), failures);
		assertThat(failures).as("%d failures among %d requests on %s (seed %d), by oracle:%s", failures.size(),
				oracle.sent(), database, SEED, oracle.failureSummary(8))
			.isEmpty();
		assertThat(oracle.sent()).as("requests sent").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
		assertThat(oracle.counts().keySet()).as("every operation was exercised")
			.containsAll(operations.stream().map(ApiOperation::id).toList());
		assertThat(oracle.refused()).as("requests refused, each checked against the database").isPositive();
		assertThat(oracle.fingerprintChecks()).as("row fingerprints compared").isPositive();
		assertThat(generator.exportsRead()).as("exports read back after hostile text").isPositive();
	}

}
