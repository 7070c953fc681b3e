-- the first statement works, the second fails: on H2 the first must not stay applied
ALTER TABLE broken_note ADD COLUMN author VARCHAR(100);
UPDATE broken_note SET no_such_column = 'lpr';
