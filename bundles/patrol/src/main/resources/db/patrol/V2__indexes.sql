-- Data scale (docs/benchmarks.md): the log list pages by compound in started_at order; with a million log
-- entries this index serves the first page without sorting the compound's whole history.
CREATE INDEX patrol_log_compound_started ON patrol_log (compound_id, started_at, id);
