package org.asskomm.platform.api.error;

import org.asskomm.platform.api.i18n.Message;

/** 403: the module is installed but the municipality has not enabled it. */
public class ModuleNotEnabledException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public ModuleNotEnabledException(String moduleId, String ags) {
        super(Message.of("problem.module-not-enabled", moduleId, ags));
    }

    @Override
    public String type() {
        return "module-not-enabled";
    }
}
