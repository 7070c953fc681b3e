package org.asskomm.platform.api.error;

/** 403: the module is installed but the municipality has not enabled it. */
public class ModuleNotEnabledException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public ModuleNotEnabledException(String moduleId, String ags) {
        super("The module '" + moduleId + "' is not enabled for municipality " + ags
                + ". An LPR admin or the municipality's admin can enable it.");
    }

    @Override
    public String type() {
        return "module-not-enabled";
    }
}
