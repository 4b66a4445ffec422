package org.tradeline.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves openapi.yaml, packaged from the repo root, so Swagger UI can open on it. */
@RestController
@Hidden
class PublishedContract {

	private static final Resource CONTRACT = new ClassPathResource("contract/openapi.yaml");

	@GetMapping(path = "/openapi.yaml", produces = "application/yaml")
	ResponseEntity<Resource> contract() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(CONTRACT);
	}

}
