package org.asskomm.examples.survey.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.examples.survey.api.Survey;
import org.asskomm.examples.survey.api.SurveyPhase;
import org.asskomm.examples.survey.api.SurveyService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

/** {@code asskomm:survey-list}: the safety analyses with their phase and returns. */
@Command(scope = "asskomm", name = "survey-list", description = "Lists safety analyses (Sicherheitsanalysen)")
@Service
public class SurveyListCommand implements Action {

    @Reference
    SurveyService surveys;

    @Option(name = "-m", aliases = "--municipality", description = "official key (AGS) of the municipality")
    String municipality;

    @Option(name = "-y", aliases = "--year", description = "survey year")
    Integer year;

    @Option(name = "-p", aliases = "--phase", description = "KICK_OFF, SAMPLE_DRAWN, QUESTIONNAIRES_OUT, RETURNS_ENTERED, ANALYSIS, REPORT")
    SurveyPhase phase;

    @Override
    public Object execute() {
        Page<Survey> page = surveys.list(CurrentUser.SYSTEM, municipality, year, phase,
                new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("AGS");
        table.column("Year");
        table.column("Phase");
        table.column("Sample");
        table.column("Returns");
        table.column("Report due");
        for (Survey s : page.items()) {
            table.addRow().addContent(s.id(), s.municipality(), s.year(), s.phase(), s.sampleSize(), s.responses(),
                    s.plannedReportOn());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " surveys");
        return null;
    }
}
