-- Whether the programme's funded projects appear on the public transparency page (decision 0015); not by default.
ALTER TABLE funding_programme ADD COLUMN publish_results BOOLEAN DEFAULT FALSE NOT NULL;
