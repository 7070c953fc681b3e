-- Party types beyond municipality, police and LPR (CIVIC_EDUCATION_CENTRE has 22 characters).
ALTER TABLE agreements_party ALTER COLUMN type SET DATA TYPE VARCHAR(40);
