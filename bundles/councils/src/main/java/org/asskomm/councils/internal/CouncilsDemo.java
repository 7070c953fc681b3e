package org.asskomm.councils.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilRequest;
import org.asskomm.councils.api.CouncilScope;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.CouncilUpdate;
import org.asskomm.councils.api.DecisionRequest;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.MeetingRequest;
import org.asskomm.councils.api.MeetingService;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.MemberRequest;
import org.asskomm.councils.api.MemberService;
import org.asskomm.councils.api.OfficeStaff;
import org.asskomm.councils.api.OfficeUpdate;
import org.asskomm.councils.api.RulesOfProcedure;
import org.asskomm.councils.api.Sector;
import org.asskomm.councils.api.StatusChange;
import org.asskomm.councils.api.TaskRequest;
import org.asskomm.councils.api.TaskService;
import org.asskomm.councils.api.Vote;
import org.asskomm.councils.api.VoteChoice;
import org.asskomm.councils.api.WorkingGroupRequest;
import org.asskomm.councils.api.WorkingGroupService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Frankenberg/Sa. after its agreement of 9 December 2020: coordination office, constituted council with
 * members from several sectors, a working group and its first meeting. Goes through the service, so every
 * rule and the audit apply.
 */
@Component(service = DemoData.class)
public class CouncilsDemo implements DemoData {

    static final String FRANKENBERG = "14522150";

    private final CouncilService councils;
    private final MemberService members;
    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final ModuleEnablement enablement;

    @Activate
    public CouncilsDemo(@Reference CouncilService councils, @Reference MemberService members,
                        @Reference WorkingGroupService groups, @Reference MeetingService meetings,
                        @Reference TaskService tasks, @Reference ModuleEnablement enablement) {
        this.councils = councils;
        this.members = members;
        this.groups = groups;
        this.meetings = meetings;
        this.tasks = tasks;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return CouncilService.MODULE_ID;
    }

    private Council frankenbergsCouncil(CurrentUser user) {
        List<Council> found = councils.list(user, FRANKENBERG, null, null, new PageRequest(0, 1)).items();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public String load(CurrentUser user) {
        // the agreements demo's signing may have opened the council as PLANNED (asynchronously, so perhaps just now):
        // the demo builds on that one rather than refusing or duplicating it
        Council council = frankenbergsCouncil(user);
        if (council != null && council.status() != CouncilStatus.PLANNED) {
            return "Frankenberg/Sa. has a council already; nothing added.";
        }
        enablement.enable(user, CouncilService.MODULE_ID, FRANKENBERG);
        if (council == null) {
            try {
                council = councils.create(user, new CouncilRequest(FRANKENBERG, "Kommunaler Präventionsrat Frankenberg/Sa.",
                        CouncilScope.MUNICIPALITY, List.of(), LocalDate.of(2020, 12, 9)));
            } catch (ConflictException openedMeanwhile) {
                council = frankenbergsCouncil(user);
            }
        }
        String id = council.id();
        councils.updateOffice(user, id, new OfficeUpdate(LocalDate.of(2020, 12, 9), new BigDecimal("20"),
                List.of(new OfficeStaff("Sandra Keller", "Koordinatorin Prävention", "praevention@frankenberg.example")), 1));
        council = councils.changeStatus(user, id, new StatusChange(CouncilStatus.COORDINATION_OFFICE,
                LocalDate.of(2021, 3, 1), "Koordinierungsstelle im Ordnungsamt eingerichtet", council.version()));
        council = councils.update(user, id, new CouncilUpdate(council.name(), new RulesOfProcedure("Oliver Gerstner",
                "Leiterin Ordnungsamt", "vierteljährlich", "einfache Mehrheit der stimmberechtigten Anwesenden",
                "Ergebnisprotokoll, versandt binnen zwei Wochen", null), council.version()));
        LocalDate founded = LocalDate.of(2021, 6, 15);
        council = councils.changeStatus(user, id, new StatusChange(CouncilStatus.CONSTITUTED, founded,
                "Geschäftsordnung unterzeichnet", council.version()));

        Member mayor = member(user, id, "Oliver Gerstner", "Stadtverwaltung", "Bürgermeister", Sector.ADMINISTRATION, true, founded);
        Member police = member(user, id, "Polizeirevier Mittweida", "Polizeidirektion Chemnitz", "Revierleiter", Sector.POLICE, true, founded);
        Member school = member(user, id, "Oberschule Frankenberg", "Oberschule", "Schulleitung", Sector.EDUCATION, true, founded);
        Member youth = member(user, id, "Jugendhaus", "Freier Träger der Jugendhilfe", "Leitung", Sector.YOUTH_WORK, true, founded);
        Member church = member(user, id, "Ev.-Luth. Kirchgemeinde", "Kirchgemeinde", "Pfarrer", Sector.CHURCHES, false, founded);

        groups.addWorkingGroup(user, id, new WorkingGroupRequest("AG Öffentlicher Raum",
                "Lagebild zu Vandalismus und Sicherheitsgefühl in der Innenstadt erstellen",
                List.of("PUBLIC_SPACE", "PROPERTY_VANDALISM_TRAFFIC"), List.of(police.id(), youth.id()),
                null, null, null, null));
        Meeting first = meetings.addMeeting(user, id, new MeetingRequest(founded, "Konstituierende Sitzung", "Rathaus Frankenberg",
                List.of("Begrüßung", "Unterzeichnung der Geschäftsordnung", "Wahl des Vorsitzes", "Arbeitsgruppen"),
                List.of(mayor.id(), police.id(), school.id(), youth.id(), church.id()), null));
        meetings.addDecision(user, id, first.id(), new DecisionRequest("Die AG Öffentlicher Raum wird eingerichtet.",
                List.of(new Vote(mayor.id(), VoteChoice.YES), new Vote(police.id(), VoteChoice.YES),
                        new Vote(school.id(), VoteChoice.YES), new Vote(youth.id(), VoteChoice.ABSTAIN))));
        tasks.addTask(user, id, new TaskRequest(first.id(), "Lagebild Innenstadt vorlegen", "AG Öffentlicher Raum",
                LocalDate.of(2021, 9, 30), null, null));
        return "Frankenberg/Sa.: council constituted on " + founded + " with 5 members, 1 working group and its first meeting.";
    }

    private Member member(CurrentUser user, String councilId, String name, String organisation, String function,
                          Sector sector, boolean voting, LocalDate since) {
        return members.addMember(user, councilId, new MemberRequest(name, organisation, function, sector, voting,
                sector == Sector.ADMINISTRATION || sector == Sector.POLICE, since, null, null));
    }
}
