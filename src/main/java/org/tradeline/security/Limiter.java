package org.tradeline.security;

/** A request budget per key (a client address, a token name). */
interface Limiter {

	/** Takes one unit of the key's budget: 0 if there was one, else the nanoseconds until there is. */
	long take(String key);

}
