package org.asskomm.councils.internal.command;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.asskomm.councils.internal.TestCouncils;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** The shell commands print what an operator needs, from the demo scenario. */
public class CommandsTest {

    private TestCouncils.Services service;

    @Before
    public void demo() {
        TestPlatform platform = new TestPlatform();
        service = TestCouncils.on(platform);
        TestCouncils.loadDemo(platform, service);
    }

    private static String run(org.apache.karaf.shell.api.action.Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.execute();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void listShowAndOverdue() throws Exception {
        CouncilListCommand list = new CouncilListCommand();
        list.councils = service.councils();
        String listed = run(list);
        assertTrue(listed, listed.contains("Frankenberg") && listed.contains("CONSTITUTED") && listed.contains("1 council(s)"));

        CouncilShowCommand show = new CouncilShowCommand();
        show.councils = service.councils();
        show.members = service.members();
        show.id = service.councils().list(CurrentUser.SYSTEM, "14522150", null, null, new PageRequest(0, 1)).items().get(0).id();
        String shown = run(show);
        assertTrue(shown, shown.contains("COORDINATION_OFFICE") && shown.contains("POLICE") && shown.contains("Oliver Gerstner"));

        CouncilOverdueCommand overdue = new CouncilOverdueCommand();
        overdue.tasks = service.tasks();
        String late = run(overdue);
        assertTrue(late, late.contains("Lagebild Innenstadt vorlegen"));
    }
}
