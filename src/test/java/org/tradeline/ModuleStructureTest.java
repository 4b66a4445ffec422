package org.tradeline;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module: the features (event, provenance, actor, ...) and the rooms
 * they stand on (store, problem, cache, web, security, token, ops). No cycles between them, and no
 * module reaches into another's internals.
 */
class ModuleStructureTest {

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		ApplicationModules.of(TradelineApplication.class).verify();
	}

}
