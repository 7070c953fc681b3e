package org.asskomm.platform.api.i18n;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

public class TextsTest {

    private static final Texts DE = new Texts(Locale.GERMANY, Map.of(
            "x.before", "darf nicht vor {0} liegen", "x.grant", "Bewilligung von {0} EUR am {1}",
            "field.periodStart", "Beginn des Zeitraums", "field.parties.name", "Name des Vertragspartners"));
    private static final Texts EN = new Texts(Locale.UK, Map.of(
            "x.before", "must not be before {0}", "x.grant", "grant of {0} EUR on {1}",
            "field.periodStart", "start of the period"));

    @Test
    public void germanUnlessEnglishIsPreferred() {
        assertEquals(Locale.GERMANY, Texts.locale(null));
        assertEquals(Locale.GERMANY, Texts.locale("de-DE,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.UK, Texts.locale("en"));
        assertEquals(Locale.UK, Texts.locale("en-US,de;q=0.5"));
        assertEquals(Locale.UK, Texts.locale("fr-FR,en;q=0.5"));
        assertEquals(Locale.GERMANY, Texts.locale("fr-FR"));
        assertEquals(Locale.GERMANY, Texts.locale("no language list;;"));
    }

    @Test
    public void fieldLabelsDatesAndAmountsInTheLanguage() {
        Message before = Message.of("x.before", Message.field("periodStart"));
        assertEquals("darf nicht vor Beginn des Zeitraums liegen", DE.text(before));
        assertEquals("must not be before start of the period", EN.text(before));
        Message grant = Message.of("x.grant", new BigDecimal("12000"), LocalDate.of(2021, 3, 5));
        assertEquals("Bewilligung von 12.000,00 EUR am 05.03.2021", DE.text(grant));
        assertEquals("grant of 12,000.00 EUR on 5 Mar 2021", EN.text(grant));
        assertEquals("Name des Vertragspartners", DE.text(Message.field("parties[1].name")));
        assertEquals("parties[1].name", EN.text(Message.field("parties[1].name")));
    }

    @Test
    public void unknownKeysFallBackAndLiteralsStay() {
        assertEquals("Conflict", DE.text(Message.of("problem.none.title").orElse("Conflict")));
        assertEquals("x.unknown", DE.text(Message.of("x.unknown", 1)));
        assertEquals("{0} stays", DE.text(Message.literal("{0} stays")));
        assertEquals("A, B", EN.text(Message.of("x.list", List.of("A", "B")).orElse("{0}")));
    }

    @Test
    public void aStoredMessageKeepsItsArguments() {
        Message grant = Message.of("x.grant", new BigDecimal("12000.50"), LocalDate.of(2021, 3, 5));
        Message back = Message.ofStored(grant.stored()).orElseThrow();
        assertEquals("Bewilligung von 12.000,50 EUR am 05.03.2021", DE.text(back));
        assertEquals("darf nicht vor Beginn des Zeitraums liegen",
                DE.text(Message.ofStored(Message.of("x.before", Message.field("periodStart")).stored()).orElseThrow()));
        assertEquals(java.util.Optional.empty(), Message.ofStored("plain text"));
    }
}
