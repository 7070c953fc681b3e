package org.asskomm.training.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Participants: personal data of a municipality, kept by its staff (and LPR admins), with the GDPR's export and
 * erasure. Events {@code org/asskomm/training/Person/CREATED|UPDATED|ANONYMISED}.
 */
@ProviderType
public interface PersonService {

    Person createPerson(CurrentUser user, PersonRequest request);

    Person updatePerson(CurrentUser user, String id, PersonRequest request);

    Person person(CurrentUser user, String id);

    Page<Person> people(CurrentUser user, String municipality, PageRequest page);

    PersonExport export(CurrentUser user, String personId);

    Person anonymise(CurrentUser user, String personId);

    /**
     * Anonymises everyone with no open enrolment and no activity in the last {@code years} years
     * (the retention period). LPR admins only.
     *
     * @return the ids of the people anonymised
     */
    List<String> anonymiseInactive(CurrentUser user, int years);
}
