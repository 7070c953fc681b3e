package org.asskomm.analysis.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The versions of the questionnaire's item bank. New surveys take the current version; publishing a version posts
 * {@code org/asskomm/analysis/ItemBank/PUBLISHED}.
 */
@ProviderType
public interface ItemBankService {

    /** The latest published version, or the shipped one while the LPR has published none. */
    ItemBankVersion current();

    /** A version by its name; 404 for an unknown one. */
    ItemBankVersion version(String version);

    /** Every version, the shipped one first. */
    List<ItemBankVersion> versions();

    /** Publishes a new version (LPR admins): numbered on from the latest of the year. */
    ItemBankVersion publish(CurrentUser user, ItemBankDraft draft);
}
