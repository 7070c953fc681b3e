-- Versions start at 1 in every module (issue 19); funding started at 0. Shifting every row keeps the
-- optimistic locking intact: a client that read version n before the upgrade gets a 409 and reads n + 1.
UPDATE funding_programme SET version = version + 1;
UPDATE funding_application SET version = version + 1;
