package org.asskomm.training.api;

public enum CourseFormat {
    IN_PERSON, ONLINE, BLENDED
}
