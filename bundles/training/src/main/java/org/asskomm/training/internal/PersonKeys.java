package org.asskomm.training.internal;

import org.asskomm.training.api.Sector;

/**
 * A person as the pipeline writes and audits it: keys, sector and version only. Names and contact data never go
 * into audit entries, so that an erasure leaves nothing of them there.
 */
record PersonKeys(String id, String municipality, Sector sector, boolean anonymised, int version) {
}
