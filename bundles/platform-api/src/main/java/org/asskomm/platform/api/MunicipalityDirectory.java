package org.asskomm.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Looks up municipalities in the platform's registry. */
@ProviderType
public interface MunicipalityDirectory {

    Optional<Municipality> find(String ags);

    /**
     * @throws org.asskomm.platform.api.error.ValidationException for a malformed key (naming {@code field})
     * @throws org.asskomm.platform.api.error.NotFoundException for an unknown key
     */
    Municipality require(String field, String ags);

    /** Filters are optional (null means any); {@code nameQuery} matches case-insensitively anywhere in the name. */
    Page<Municipality> search(String district, String nameQuery, PageRequest page);

    List<String> districts();

    /**
     * Changes whenever the directory changes (an import): a validator for caches and HTTP {@code ETag}s. Other nodes
     * of a cluster see another node's import within seconds (docs/operations.md).
     */
    default String revision() {
        return "0";
    }
}
