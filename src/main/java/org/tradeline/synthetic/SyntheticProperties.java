package org.tradeline.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.synthetic.*: the generated timeline of the {@code synthetic} profile.
 *
 * @param events how many synthetic events the profile loads into a store that holds none yet
 */
@ConfigurationProperties("tradeline.synthetic")
record SyntheticProperties(@DefaultValue("10000") int events) {

	SyntheticProperties {
		if (events < 0) {
			throw new IllegalArgumentException("tradeline.synthetic.events must not be negative");
		}
	}

}
