CREATE TABLE broken_note (id INTEGER PRIMARY KEY, text VARCHAR(100) NOT NULL);
INSERT INTO broken_note (id, text) VALUES (1, 'first'), (2, 'second');
