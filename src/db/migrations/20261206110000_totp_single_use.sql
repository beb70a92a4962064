-- A TOTP code may be used once: remember the 30-second time step of the last code
-- accepted for a person, and accept only codes of a later step (RFC 6238 §5.2).
alter table person add column totp_last_step bigint;
