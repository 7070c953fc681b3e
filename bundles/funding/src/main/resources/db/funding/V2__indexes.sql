-- Data scale (docs/benchmarks.md): list pages in creation or booking order without sorting every row
-- (50,000 applications and their ledger over ten years).
CREATE INDEX funding_application_created ON funding_application (created_at, id);
CREATE INDEX funding_application_programme_created ON funding_application (programme_id, created_at, id);
CREATE INDEX funding_ledger_booked ON funding_ledger (booked_at, id);
-- Every programme in the list carries its figures (sums over its ledger by kind): with the amount in the
-- index the sums need not visit the ledger rows.
CREATE INDEX funding_ledger_programme_sums ON funding_ledger (programme_id, kind, amount);
