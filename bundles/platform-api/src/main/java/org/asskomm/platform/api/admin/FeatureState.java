package org.asskomm.platform.api.admin;

/** Where an install or uninstall requested through the module store stands. */
public enum FeatureState {
    QUEUED, INSTALLING, STARTED, UNINSTALLING, UNINSTALLED, FAILED
}
