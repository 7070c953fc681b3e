-- Issue 22: a programme may require a recorded LPR consultation of the municipality within this many months
-- before an application is submitted (the consultation gate); NULL: no gate.
ALTER TABLE funding_programme ADD COLUMN consultation_months INTEGER;
