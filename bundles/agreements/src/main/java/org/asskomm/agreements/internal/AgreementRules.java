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
import org.asskomm.platform.api.i18n.Message;

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
        v.rule(d.validFrom() == null || d.validUntil() == null || !d.validUntil().isBefore(d.validFrom()),
                "validUntil", "validation.notBefore", Message.field("validFrom"));
        List<Party> parties = d.parties();
        v.rule(parties != null && parties.size() >= 2, "parties", "agreements.agreement.twoParties");
        if (parties != null) {
            v.rule(parties.size() <= 20, "parties", "validation.maxEntries", 20);
            Set<String> seen = new HashSet<>();
            boolean municipalityParty = false;
            for (int i = 0; i < parties.size() && i < 20; i++) {
                Party p = parties.get(i);
                String f = "parties[" + i + "]";
                if (p == null) {
                    v.required(f, null);
                    continue;
                }
                v.text(f + ".organisation", p.organisation(), 300);
                v.required(f + ".type", p.type());
                if (p.type() == PartyType.MUNICIPALITY) {
                    municipality(v, f + ".municipality", p.municipality(), knownMunicipality);
                    municipalityParty |= d.municipality() != null && d.municipality().equals(p.municipality());
                } else {
                    v.rule(p.municipality() == null, f + ".municipality", "agreements.agreement.municipalityOnly");
                }
                String key = (p.organisation() == null ? "" : p.organisation().trim().toLowerCase(Locale.ROOT)) + "|" + p.type();
                v.rule(seen.add(key), f, "agreements.agreement.duplicateParty", p.organisation());
                signatories(v, f + ".signatories", p.signatories());
            }
            v.rule(municipalityParty || d.municipality() == null, "parties",
                    "agreements.agreement.municipalityParty", d.municipality());
        }
        v.throwIfInvalid();
    }

    private static void municipality(Validator v, String field, String ags, Predicate<String> known) {
        v.notBlank(field, ags);
        if (ags != null && !ags.isBlank()) {
            if (!Municipality.isWellFormedKey(ags)) {
                v.rule(false, field, "validation.ags");
            } else {
                v.rule(known.test(ags), field, "validation.unknownMunicipality", ags);
            }
        }
    }

    private static void texts(Validator v, String field, List<String> texts) {
        if (texts == null) {
            return;
        }
        v.rule(texts.size() <= MAX_ITEMS, field, "validation.maxEntries", MAX_ITEMS);
        for (int i = 0; i < texts.size() && i < MAX_ITEMS; i++) {
            v.text(field + "[" + i + "]", texts.get(i), MAX_TEXT);
        }
    }

    private static void signatories(Validator v, String field, List<Signatory> signatories) {
        if (signatories == null) {
            return;
        }
        v.rule(signatories.size() <= 10, field, "validation.maxEntries", 10);
        for (int i = 0; i < signatories.size() && i < 10; i++) {
            Signatory s = signatories.get(i);
            if (s == null) {
                v.required(field + "[" + i + "]", null);
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
    /** The first contact of a new agreement lies in the past or today. */
    static void checkFirstContact(AgreementDraft d, LocalDate today) {
        new Validator().rule(d.firstContactOn() == null || !d.firstContactOn().isAfter(today), "firstContactOn",
                "validation.notInFuture").throwIfInvalid();
    }

    static void checkTransition(AgreementStatus from, Transition t, List<Party> parties, LocalDate today) {
        new Validator().required("to", t.to()).required("version", t.version()).throwIfInvalid();
        if (!from.next().contains(t.to())) {
            throw ConflictException.of("agreements.agreement.transition", from, t.to(), from.next());
        }
        Validator v = new Validator();
        v.rule(t.date() == null || !t.date().isAfter(today), "date", "validation.notInFuture");
        if (t.to() == AgreementStatus.SIGNED) {
            v.required("date", t.date());
            v.text("place", t.place(), 200);
            for (int i = 0; i < parties.size(); i++) {
                List<Signatory> s = parties.get(i).signatories();
                v.rule(s != null && !s.isEmpty(), "parties[" + i + "].signatories", "agreements.agreement.signatoryMissing");
            }
        }
        v.throwIfInvalid();
    }
}
