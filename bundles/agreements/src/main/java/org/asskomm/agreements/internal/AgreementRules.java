package org.asskomm.agreements.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PartyType;
import org.asskomm.agreements.api.Signatory;
import org.asskomm.agreements.api.Transition;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;

/** The rules of cooperation agreements, free of persistence so that they are tested alone. */
final class AgreementRules {

    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 2000;

    private AgreementRules() {
    }

    /** Validates a draft; {@code knownMunicipality} says whether a well-formed key exists in the registry. */
    static void validate(AgreementDraft d, Predicate<String> knownMunicipality) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        municipality(v, "municipality", d.municipality(), knownMunicipality);
        v.text("subject", d.subject(), 500);
        texts(v, "goals", d.goals());
        texts(v, "measures", d.measures());
        v.check(d.validFrom() == null || d.validUntil() == null || !d.validUntil().isBefore(d.validFrom()),
                "validUntil", "must not be before validFrom");
        List<Party> parties = d.parties();
        v.check(parties != null && parties.size() >= 2, "parties", "must name at least two parties");
        if (parties != null) {
            v.check(parties.size() <= 20, "parties", "must not name more than 20 parties");
            Set<String> seen = new HashSet<>();
            boolean municipalityParty = false;
            for (int i = 0; i < parties.size() && i < 20; i++) {
                Party p = parties.get(i);
                String f = "parties[" + i + "]";
                if (p == null) {
                    v.check(false, f, "is required");
                    continue;
                }
                v.text(f + ".organisation", p.organisation(), 300);
                v.required(f + ".type", p.type());
                if (p.type() == PartyType.MUNICIPALITY) {
                    municipality(v, f + ".municipality", p.municipality(), knownMunicipality);
                    municipalityParty |= d.municipality() != null && d.municipality().equals(p.municipality());
                } else {
                    v.check(p.municipality() == null, f + ".municipality", "is only for parties of type MUNICIPALITY");
                }
                String key = (p.organisation() == null ? "" : p.organisation().trim().toLowerCase(Locale.ROOT)) + "|" + p.type();
                v.check(seen.add(key), f, "duplicate party: " + p.organisation() + " is named twice");
                signatories(v, f + ".signatories", p.signatories());
            }
            v.check(municipalityParty || d.municipality() == null, "parties",
                    "must include the municipality " + d.municipality() + " as a party of type MUNICIPALITY");
        }
        v.throwIfInvalid();
    }

    private static void municipality(Validator v, String field, String ags, Predicate<String> known) {
        v.notBlank(field, ags);
        if (ags != null && !ags.isBlank()) {
            if (!Municipality.isWellFormedKey(ags)) {
                v.check(false, field, "must be an official municipality key of 8 digits");
            } else {
                v.check(known.test(ags), field, "unknown municipality " + ags);
            }
        }
    }

    private static void texts(Validator v, String field, List<String> texts) {
        if (texts == null) {
            return;
        }
        v.check(texts.size() <= MAX_ITEMS, field, "must have at most " + MAX_ITEMS + " entries");
        for (int i = 0; i < texts.size() && i < MAX_ITEMS; i++) {
            v.text(field + "[" + i + "]", texts.get(i), MAX_TEXT);
        }
    }

    private static void signatories(Validator v, String field, List<Signatory> signatories) {
        if (signatories == null) {
            return;
        }
        v.check(signatories.size() <= 10, field, "must have at most 10 entries");
        for (int i = 0; i < signatories.size() && i < 10; i++) {
            Signatory s = signatories.get(i);
            if (s == null) {
                v.check(false, field + "[" + i + "]", "is required");
                continue;
            }
            v.text(field + "[" + i + "].name", s.name(), 200);
            v.text(field + "[" + i + "].function", s.function(), 200);
        }
    }

    /**
     * Checks a status change: the transition must be allowed (else 409), and signing needs a date that is
     * not in the future, a place, and a signatory for every party (else 400).
     */
    static void checkTransition(AgreementStatus from, Transition t, List<Party> parties, LocalDate today) {
        new Validator().required("to", t.to()).required("version", t.version()).throwIfInvalid();
        if (!from.next().contains(t.to())) {
            throw new ConflictException("An agreement in status " + from + " cannot change to " + t.to()
                    + "; allowed: " + from.next() + ".");
        }
        Validator v = new Validator();
        v.check(t.date() == null || !t.date().isAfter(today), "date", "must not be in the future");
        if (t.to() == AgreementStatus.SIGNED) {
            v.required("date", t.date());
            v.text("place", t.place(), 200);
            for (int i = 0; i < parties.size(); i++) {
                List<Signatory> s = parties.get(i).signatories();
                v.check(s != null && !s.isEmpty(), "parties[" + i + "].signatories",
                        "every party needs a signatory before signing");
            }
        }
        v.throwIfInvalid();
    }
}
