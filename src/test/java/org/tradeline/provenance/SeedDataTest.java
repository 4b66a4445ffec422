package org.tradeline.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed as Flyway loads it: complete, attributed, and faithful to the source documents. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Tag("database")
class SeedDataTest {

	/** Where the source documents are, beside the project; absent on machines without them. */
	static final Path SEEDS = Path.of(System.getProperty("tradeline.seeds", "../shared/seeds"));

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyExcerptIsAVerbatimPassageOfItsSourceDocument() throws IOException {
		assumeTrue(Files.isDirectory(SEEDS), "Source documents not found at " + SEEDS.toAbsolutePath()
				+ "; set -Dtradeline.seeds to check excerpts against them");
		List<Map<String, Object>> claims = this.jdbc
			.sql("select c.id, s.file_name, c.excerpt from claim c join source s on s.id = c.source_id")
			.query()
			.listOfRows();
		assertThat(claims).isNotEmpty();
		for (Map<String, Object> claim : claims) {
			String document = Files.readString(SEEDS.resolve((String) claim.get("file_name")), StandardCharsets.UTF_8);
			assertThat(document).as("claim %s cites %s", claim.get("id"), claim.get("file_name"))
				.contains((String) claim.get("excerpt"));
		}
	}

	@Test
	void everySourceIsPinnedToTheBytesOfItsDocument() throws IOException, NoSuchAlgorithmException {
		assumeTrue(Files.isDirectory(SEEDS), "Source documents not found at " + SEEDS.toAbsolutePath());
		List<Map<String, Object>> sources = this.jdbc.sql("select file_name, sha256 from source").query().listOfRows();
		assertThat(sources).hasSize(5);
		for (Map<String, Object> source : sources) {
			byte[] bytes = Files.readAllBytes(SEEDS.resolve((String) source.get("file_name")));
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			assertThat(source.get("sha256")).as((String) source.get("file_name")).isEqualTo(sha);
		}
	}

	@Test
	void excerptsAreShort() {
		assertThat(this.jdbc.sql("select max(char_length(excerpt)) from claim").query(Integer.class).single())
			.isLessThanOrEqualTo(300);
	}

	@Test
	void coversTheTimelineFromAprilToTheStatementsAfterLondon() {
		assertThat(this.jdbc.sql("select count(*) from event").query(Long.class).single()).isGreaterThanOrEqualTo(15);
		assertThat(this.jdbc.sql("select min(start_date) from event").query(java.time.LocalDate.class).single())
			.hasMonthValue(4);
		assertThat(this.jdbc.sql("select max(start_date) from event").query(java.time.LocalDate.class).single())
			.isAfter(java.time.LocalDate.of(2025, 6, 10));
	}

	@Test
	void everyEventIsBackedByAClaimThatItHappened() {
		assertThat(this.jdbc.sql("""
				select slug from event e where not exists (select 1 from claim c where c.event_id = e.id
				    and c.attribute in ('start-date', 'occurrence'))""").query(String.class).list()).isEmpty();
	}

	@Test
	void everyParticipantIsNamedThereByASource() {
		assertThat(this.jdbc.sql("""
				select e.slug, a.slug from event_participant p join event e on e.id = p.event_id
				join actor a on a.id = p.actor_id
				where not exists (select 1 from claim c where c.event_id = p.event_id
				    and c.attribute = 'participant' and c.claim_value = a.slug)""").query().listOfRows()).isEmpty();
	}

	@Test
	void everyFigureIsBackedByAnAmountClaim() {
		assertThat(this.jdbc.sql("""
				select slug from figure f where not exists (select 1 from claim c where c.figure_id = f.id
				    and c.attribute = 'amount')""").query(String.class).list()).isEmpty();
	}

	@Test
	void claimsUseAttributesMeantForTheirSubject() {
		assertThat(this.jdbc.sql("""
				select c.id from claim c join claim_attribute a on a.code = c.attribute
				where (c.event_id is not null and a.subject_type <> 'EVENT')
				   or (c.actor_id is not null and a.subject_type <> 'ACTOR')
				   or (c.figure_id is not null and a.subject_type <> 'FIGURE')""").query(Long.class).list()).isEmpty();
	}

	@Test
	void actorValuesNameKnownActors() {
		assertThat(this.jdbc.sql("""
				select c.claim_value from claim c join claim_attribute a on a.code = c.attribute
				where a.value_type = 'ACTOR' and not exists (select 1 from actor x where x.slug = c.claim_value)""")
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void dateValuesParse() {
		List<String> dates = this.jdbc.sql("""
				select c.claim_value from claim c join claim_attribute a on a.code = c.attribute
				where a.value_type = 'DATE'""").query(String.class).list();
		assertThat(dates).isNotEmpty().allSatisfy(org.tradeline.calendar.PartialDate::parse);
	}

}
