-- Whether the public sees a logged change (V20): one that only touched drafts leaves the answers
-- every instance keeps for anonymous readers, as it leaves public_changed_at.
alter table store_change_log add column seen_by_public boolean default true not null;
