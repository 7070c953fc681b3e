CREATE TABLE upgraded_note (id INTEGER PRIMARY KEY, text VARCHAR(100) NOT NULL);
INSERT INTO upgraded_note (id, text) VALUES (1, 'first'), (2, 'second');
