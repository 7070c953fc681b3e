package org.asskomm.platform.api.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class CsvLineTest {

    @Test
    public void splitsAtTheSeparatorOutsideQuotesAndUnescapesDoubledQuotes() {
        assertEquals(List.of("14522150", "Frankenberg/Sa.", "a;b", "say \"hi\"", ""),
                CsvLine.split("14522150;Frankenberg/Sa.;\"a;b\";\"say \"\"hi\"\"\";", ';'));
        assertEquals(List.of("a", "b,c"), CsvLine.split("a,\"b,c\"", ','));
        assertEquals(List.of(""), CsvLine.split("", ','));
    }

    @Test
    public void anOpenQuoteRunsToTheEndAndIsNotBalanced() {
        assertEquals(List.of("a", "b;c"), CsvLine.split("a;\"b;c", ';'));
        assertFalse(CsvLine.isBalanced("a;\"b;c"));
        assertTrue(CsvLine.isBalanced("a;\"say \"\"hi\"\"\""));
    }
}
