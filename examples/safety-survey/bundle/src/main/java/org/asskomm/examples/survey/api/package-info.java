/**
 * API of the safety analysis with citizen survey (Sicherheitsanalyse): surveys and their phases,
 * anonymous responses, the subjective safety index with its confidence interval.
 */
@Version("1.0.0")
@Export
package org.asskomm.examples.survey.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
