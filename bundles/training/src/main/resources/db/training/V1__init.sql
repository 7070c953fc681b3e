-- Training module: catalogue (courses, study programmes, cohorts), people, enrolments, progress, certificates.

CREATE TABLE training_course (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    format VARCHAR(20) NOT NULL,
    place VARCHAR(200),
    capacity INTEGER NOT NULL,
    fee NUMERIC(14,2) NOT NULL,
    credit_hours INTEGER NOT NULL,
    status VARCHAR(20) NOT NULL,
    starts_on DATE NOT NULL,
    waitlist_counter INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX training_course_status ON training_course (status);
CREATE INDEX training_course_starts ON training_course (starts_on);

CREATE TABLE training_course_target_group (
    course_id VARCHAR(36) NOT NULL REFERENCES training_course (id),
    target_group VARCHAR(30) NOT NULL,
    PRIMARY KEY (course_id, target_group)
);

CREATE TABLE training_programme (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    degree VARCHAR(20) NOT NULL,
    institution VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    part_time BOOLEAN NOT NULL,
    distance BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE training_programme_requirement (
    programme_id VARCHAR(36) NOT NULL REFERENCES training_programme (id),
    requirement VARCHAR(40) NOT NULL,
    PRIMARY KEY (programme_id, requirement)
);

CREATE TABLE training_programme_module (
    id VARCHAR(36) PRIMARY KEY,
    programme_id VARCHAR(36) NOT NULL REFERENCES training_programme (id),
    position INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    credit_hours INTEGER NOT NULL
);
CREATE INDEX training_module_programme ON training_programme_module (programme_id);

CREATE TABLE training_cohort (
    id VARCHAR(36) PRIMARY KEY,
    programme_id VARCHAR(36) NOT NULL REFERENCES training_programme (id),
    title VARCHAR(200) NOT NULL,
    intake_on DATE NOT NULL,
    semesters INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    place VARCHAR(200),
    fee NUMERIC(14,2) NOT NULL,
    status VARCHAR(20) NOT NULL,
    waitlist_counter INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX training_cohort_programme ON training_cohort (programme_id);
CREATE INDEX training_cohort_status ON training_cohort (status);
CREATE INDEX training_cohort_intake ON training_cohort (intake_on);

-- A session belongs to a course or to a cohort (e.g. one of the eight weekends of the Beccaria qualification).
CREATE TABLE training_session (
    id VARCHAR(36) PRIMARY KEY,
    course_id VARCHAR(36) REFERENCES training_course (id),
    cohort_id VARCHAR(36) REFERENCES training_cohort (id),
    position INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    place VARCHAR(200)
);
CREATE INDEX training_session_course ON training_session (course_id);
CREATE INDEX training_session_cohort ON training_session (cohort_id);

CREATE TABLE training_person (
    id VARCHAR(36) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    email VARCHAR(200),
    organisation VARCHAR(200),
    sector VARCHAR(30) NOT NULL,
    anonymised_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX training_person_municipality ON training_person (municipality);

CREATE TABLE training_person_qualification (
    person_id VARCHAR(36) NOT NULL REFERENCES training_person (id),
    qualification VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, qualification)
);

-- municipality and sector are copied from the person at application, so statistics survive anonymisation.
CREATE TABLE training_enrolment (
    id VARCHAR(36) PRIMARY KEY,
    person_id VARCHAR(36) NOT NULL REFERENCES training_person (id),
    municipality VARCHAR(8) NOT NULL,
    sector VARCHAR(30) NOT NULL,
    course_id VARCHAR(36) REFERENCES training_course (id),
    cohort_id VARCHAR(36) REFERENCES training_cohort (id),
    status VARCHAR(20) NOT NULL,
    waitlist_position INTEGER,
    applied_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    completed_on DATE,
    credit_hours INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX training_enrolment_person ON training_enrolment (person_id);
CREATE INDEX training_enrolment_course ON training_enrolment (course_id, status);
CREATE INDEX training_enrolment_cohort ON training_enrolment (cohort_id, status);
CREATE INDEX training_enrolment_municipality ON training_enrolment (municipality);

CREATE TABLE training_enrolment_document (
    enrolment_id VARCHAR(36) NOT NULL REFERENCES training_enrolment (id),
    position INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    reference VARCHAR(500) NOT NULL,
    PRIMARY KEY (enrolment_id, position)
);

CREATE TABLE training_attendance (
    enrolment_id VARCHAR(36) NOT NULL REFERENCES training_enrolment (id),
    session_id VARCHAR(36) NOT NULL REFERENCES training_session (id),
    attended BOOLEAN NOT NULL,
    PRIMARY KEY (enrolment_id, session_id)
);

CREATE TABLE training_module_result (
    enrolment_id VARCHAR(36) NOT NULL REFERENCES training_enrolment (id),
    module_id VARCHAR(36) NOT NULL REFERENCES training_programme_module (id),
    result VARCHAR(20) NOT NULL,
    note VARCHAR(500),
    recorded_on DATE NOT NULL,
    PRIMARY KEY (enrolment_id, module_id)
);

CREATE TABLE training_certificate (
    code VARCHAR(20) PRIMARY KEY,
    enrolment_id VARCHAR(36) NOT NULL UNIQUE REFERENCES training_enrolment (id),
    issued_on DATE NOT NULL
);

CREATE TABLE training_notification (
    id VARCHAR(36) PRIMARY KEY,
    enrolment_id VARCHAR(36) NOT NULL REFERENCES training_enrolment (id),
    municipality VARCHAR(8) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    message VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX training_notification_municipality ON training_notification (municipality);
