-- Bibob applicant documents (issue 14, ADR 0047): the applicant uploads documents through the
-- questionnaire link together with the answers. Such a document has no person who added it
-- (the applicant has no account); the flag tells the officer it came from the applicant.

alter table bibob_document add column from_applicant boolean not null default false;
alter table bibob_document add check (not (from_applicant and added_by is not null));

-- Support retention (ADR 0047): the daily job looks for finished requests by their last step.
create index support_request_finished_idx on support_request (status_on)
  where status in ('done', 'closed');
