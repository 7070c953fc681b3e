package org.asskomm.analysis.api;

/**
 * The level of a crime statistics table: the BKA's district table (area key: the five-digit district key) or a
 * municipality-level table in the same layout (area key: the eight-digit AGS).
 */
public enum CrimeTableLevel {
    DISTRICT, MUNICIPALITY
}
