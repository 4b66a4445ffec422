package org.tradeline.calendar;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely the sources pin a date down. */
public enum DatePrecision {

	/** The day itself. */
	DAY("day"),
	/** The day, give or take one ("hours earlier", "after the talks"). */
	AROUND_DAY("around-day"),
	/** Days 1–10 of the month ("early April"). */
	EARLY_MONTH("early-month"),
	/** Days 11–20 ("mid-May"). */
	MID_MONTH("mid-month"),
	/** Day 21 to the end ("late June"). */
	LATE_MONTH("late-month"),
	/** Some day in the month. */
	MONTH("month");

	private final String code;

	DatePrecision(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

}
