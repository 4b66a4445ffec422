-- A claim that an event occurred is now also corroborated by another source's claims about the event
-- on any other attribute (its date, place, participants, what was said there): they report that it
-- happened. Only occurrence claims can change status, so only theirs are cleared; a public claim
-- without a status is derived again at start-up (DerivedProvenance), with the status tallies.
update claim set status = null where attribute = 'occurrence' and status is not null;
