ALTER TABLE upgraded_note ADD COLUMN author VARCHAR(100);
UPDATE upgraded_note SET author = 'lpr';
