package org.asskomm.platform.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;

import org.junit.Test;

public class ValidatorMoneyTest {

    @Test
    public void amountsThatFitNumeric14Comma2Pass() {
        new Validator().money("amount", new BigDecimal("999999999999.99")).money("fee", new BigDecimal("0.01"))
                .money("zero", BigDecimal.ZERO).throwIfInvalid();
    }

    @Test
    public void amountsTooLargeForTheColumnAreRefusedNamingTheField() {
        for (String amount : new String[] {"1e400", "1000000000000", "1E+12"}) {
            try {
                new Validator().money("monthlyFixed", new BigDecimal(amount)).throwIfInvalid();
                fail(amount + " accepted");
            } catch (ValidationException e) {
                assertEquals("monthlyFixed", e.errors().get(0).field());
            }
        }
    }
}
