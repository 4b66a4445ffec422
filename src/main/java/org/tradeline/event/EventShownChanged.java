package org.tradeline.event;

/**
 * An event came into the public's view or left it (published, taken back to draft, deleted or
 * restored while published): what names it shows it, or no more.
 * @param eventId the event's id
 */
public record EventShownChanged(long eventId) {
}
