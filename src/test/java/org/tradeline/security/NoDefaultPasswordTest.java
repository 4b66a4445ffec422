package org.tradeline.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens are the only credentials: no user store, so no generated default password. */
@ApiTest
class NoDefaultPasswordTest {

	@Autowired
	ApplicationContext context;

	@Test
	void thereIsNoUserStoreToLogInTo() {
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
	}

}
