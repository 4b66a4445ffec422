package org.tradeline.calendar;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

/** How precisely the sources pin a date down. */
public enum DatePrecision {

	/** The day itself. */
	DAY,
	/** The day, give or take one ("hours earlier", "after the talks"). */
	AROUND_DAY,
	/** Days 1–10 of the month ("early April"). */
	EARLY_MONTH,
	/** Days 11–20 ("mid-May"). */
	MID_MONTH,
	/** Day 21 to the end ("late June"). */
	LATE_MONTH,
	/** Some day in the month. */
	MONTH;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

}
