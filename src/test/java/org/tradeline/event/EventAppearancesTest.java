package org.tradeline.event;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.actor.ActorAppearances.Appearance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events an actor page lists, as the repository query finds them in the seeded store: live
 * events only, each once, oldest first. JPA and the migrated schema only (H2, or PostgreSQL in the
 * second run), each test rolled back; the actor page that shows them is ActorApiTest's.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EventAppearances.class)
@Tag("database")
class EventAppearancesTest {

	@Autowired
	EventAppearances appearances;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsAppearancesInDateOrder() {
		List<Appearance> appearances = this.appearances.of(actor("he-lifeng"));
		assertThat(appearances).extracting(Appearance::slug).startsWith("geneva-talks").contains("london-talks");
		assertThat(appearances)
			.isSortedAccordingTo(Comparator.comparing(Appearance::startDate).thenComparing(Appearance::slug));
	}

	@Test
	void listsTheEventsOfAnActorOnlyOnce() {
		assertThat(this.appearances.of(actor("janet-yellen"))).extracting(Appearance::slug)
			.containsExactly("london-talks");
	}

	@Test
	void aDeletedEventIsNoLongerAnAppearance() {
		long actor = actor("he-lifeng");
		assertThat(this.appearances.of(actor)).extracting(Appearance::slug).contains("geneva-talks");
		this.jdbc.sql("update event set deleted_at = current_timestamp where slug = 'geneva-talks'").update();
		assertThat(this.appearances.of(actor)).extracting(Appearance::slug)
			.doesNotContain("geneva-talks")
			.contains("london-talks");
	}

	@Test
	void carriesTheRoleAndSideTheActorHadThere() {
		assertThat(this.appearances.of(actor("li-chenggang")))
			.filteredOn(appearance -> appearance.slug().equals("london-talks"))
			.singleElement()
			.satisfies(appearance -> {
				assertThat(appearance.side()).isEqualTo("china");
				assertThat(appearance.role()).isNotBlank();
				assertThat(appearance.dateLabel()).isEqualTo("June 9–10, 2025");
			});
	}

	private long actor(String slug) {
		return this.jdbc.sql("select id from actor where slug = :slug").param("slug", slug).query(Long.class).single();
	}

}
