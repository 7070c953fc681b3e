import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.asskomm.client.ApiClient;
import org.asskomm.client.api.AgreementsApi;
import org.asskomm.client.api.CouncilsApi;
import org.asskomm.client.api.FundingApi;
import org.asskomm.client.api.PatrolApi;
import org.asskomm.client.api.PlatformApi;
import org.asskomm.client.api.TrainingApi;
import org.asskomm.client.model.AgreementsAgreement;
import org.asskomm.client.model.AgreementsAgreementDraft;
import org.asskomm.client.model.AgreementsTransition;
import org.asskomm.client.model.CouncilsCouncil;
import org.asskomm.client.model.CouncilsCouncilRequest;
import org.asskomm.client.model.CouncilsStatusChange;
import org.asskomm.client.model.FundingApplication;
import org.asskomm.client.model.FundingApplicationRequest;
import org.asskomm.client.model.FundingDecisionRequest;
import org.asskomm.client.model.FundingProgramme;
import org.asskomm.client.model.FundingProgrammeRequest;
import org.asskomm.client.model.FundingVersionRequest;
import org.asskomm.client.model.PatrolCompound;
import org.asskomm.client.model.PatrolCompoundRequest;
import org.asskomm.client.model.PatrolOfficer;
import org.asskomm.client.model.PatrolOfficerRequest;
import org.asskomm.client.model.TrainingCourse;
import org.asskomm.client.model.TrainingCourseRequest;
import org.asskomm.client.model.TrainingEnrolment;
import org.asskomm.client.model.TrainingEnrolmentRequest;
import org.asskomm.client.model.TrainingPerson;
import org.asskomm.client.model.TrainingPersonRequest;

/**
 * Written against the client that openapi-generator makes from the live document (OpenApiClientIT compiles
 * it together with the client): create, read and a transition in every module. Fails with an exception.
 */
public final class ClientScenario {

    private static final String FRANKENBERG = "14522150";
    private static final String HAINICHEN = "14522230";

    private ClientScenario() {
    }

    public static String run(String baseUri, String user, String password) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        StringBuilder log = new StringBuilder();

        PlatformApi platform = new PlatformApi(client);
        for (String module : List.of("agreements", "councils", "funding", "training", "patrol")) {
            platform.enableModule(FRANKENBERG, module);
            platform.enableModule(HAINICHEN, module);
        }

        // agreements: create, read, sign
        AgreementsApi agreements = new AgreementsApi(client);
        AgreementsAgreement agreement = agreements.createAgreement(body(client, AgreementsAgreementDraft.class,
                "municipality", FRANKENBERG, "subject", "Sicherheitspartnerschaft", "goals", List.of("Weniger Einbrüche"),
                "measures", List.of("Streifen"), "parties", List.of(
                        map("organisation", "Stadt Frankenberg/Sa.", "type", "MUNICIPALITY", "municipality", FRANKENBERG,
                                "signatories", List.of(map("name", "N. N.", "function", "Bürgermeister"))),
                        map("organisation", "Polizeidirektion Chemnitz", "type", "POLICE",
                                "signatories", List.of(map("name", "N. N.", "function", "Revierleiter"))),
                        map("organisation", "Landespräventionsrat Sachsen", "type", "LPR",
                                "signatories", List.of(map("name", "N. N.", "function", "Geschäftsführer"))))));
        UUID agreementId = agreement.getId();
        check(agreements.getAgreement(agreementId).getVersion() == 1, "agreement version 1");
        AgreementsAgreement signed = agreements.transitionAgreement(agreementId, new AgreementsTransition()
                .to(AgreementsTransition.ToEnum.SIGNED).date(LocalDate.of(2020, 12, 9)).place("Frankenberg/Sa.")
                .version(agreement.getVersion()));
        log.append("agreements: ").append(agreementId).append(' ').append(signed.getStatus()).append('\n');

        // councils: create, read, change status
        CouncilsApi councils = new CouncilsApi(client);
        CouncilsCouncil council = councils.createCouncil(body(client, CouncilsCouncilRequest.class,
                "municipality", HAINICHEN, "plannedOn", "2020-12-09"));
        CouncilsCouncil read = councils.getCouncil(council.getId());
        check(read.getVersion() == 1, "council version 1");
        CouncilsCouncil moved = councils.changeCouncilStatus(council.getId(), new CouncilsStatusChange()
                .status(CouncilsStatusChange.StatusEnum.COORDINATION_OFFICE).on(LocalDate.of(2021, 1, 4))
                .version(read.getVersion()));
        log.append("councils: ").append(council.getId()).append(' ').append(moved.getStatus()).append('\n');

        // funding: programme, application, submit, review, decide with the funding's own decision body
        FundingApi funding = new FundingApi(client);
        int year = LocalDate.now().getYear();
        FundingProgramme programme = funding.createFundingProgramme(body(client, FundingProgrammeRequest.class,
                "year", year, "title", "Client programme " + System.nanoTime(), "budget", new BigDecimal("100000"),
                "windowOpens", LocalDate.now().minusDays(10).toString(),
                "windowCloses", LocalDate.now().plusDays(10).toString(), "eligibleCategories", List.of("FEES")));
        check(programme.getVersion() == 1, "programme version 1, not " + programme.getVersion());
        check(programme.getBudget().scale() == 2, "budget with two decimal places: " + programme.getBudget());
        FundingApplication application = funding.createApplication(body(client, FundingApplicationRequest.class,
                "programmeId", programme.getId(), "municipality", FRANKENBERG, "applicant", "Stadt Frankenberg/Sa.",
                "title", "Prävention in Frankenberg", "actionField", "Gewaltprävention", "location", "Frankenberg",
                "periodStart", year + "-02-01", "periodEnd", year + "-11-30",
                "description", map("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                        "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"),
                "consultationDate", LocalDate.now().minusDays(30).toString(), "consultationReference", "LPR-CLIENT",
                "costPlan", List.of(map("category", "FEES", "description", "fees", "amount", 20000)),
                "requestedAmount", 15000, "ownContribution", 5000));
        check(application.getVersion() == 1, "application version 1, not " + application.getVersion());
        check(funding.getApplication(application.getId()).getRequestedAmount().scale() == 2, "two decimal places");
        application = funding.submitApplication(application.getId(), new FundingVersionRequest()
                .version(application.getVersion()));
        application = funding.reviewApplication(application.getId(), new FundingVersionRequest()
                .version(application.getVersion()));
        application = funding.decideApplication(application.getId(), new FundingDecisionRequest()
                .outcome(FundingDecisionRequest.OutcomeEnum.APPROVED).grantedAmount(new BigDecimal("15000.00"))
                .version(application.getVersion()));
        log.append("funding: ").append(application.getId()).append(' ').append(application.getStatus()).append('\n');

        // training: course, participant, enrolment, confirmation
        TrainingApi training = new TrainingApi(client);
        TrainingCourse course = training.createCourse(body(client, TrainingCourseRequest.class,
                "title", "Kurs Client", "targetGroups", List.of("MUNICIPAL_STAFF"), "format", "IN_PERSON",
                "capacity", 5, "fee", 0, "creditHours", 8,
                "sessions", List.of(map("title", "Tag 1", "startsOn", LocalDate.now().plusWeeks(2).toString()))));
        check(training.getCourse(course.getId()).getFee().scale() == 2, "fee with two decimal places");
        TrainingPerson person = training.createPerson(body(client, TrainingPersonRequest.class,
                "municipality", FRANKENBERG, "firstName", "Anja", "lastName", "Albrecht", "sector", "ADMINISTRATION"));
        TrainingEnrolment enrolment = training.applyForEnrolment(new TrainingEnrolmentRequest()
                .personId(person.getId()).courseId(course.getId()));
        TrainingEnrolment confirmed = training.confirmEnrolment(enrolment.getId());
        log.append("training: ").append(enrolment.getId()).append(' ').append(confirmed.getStatus()).append('\n');

        // patrol: compound, read, plan
        PatrolApi patrol = new PatrolApi(client);
        PatrolCompound compound = patrol.createCompound(body(client, PatrolCompoundRequest.class,
                "name", "Vollzugsdienst Client", "leadAgs", FRANKENBERG, "startDate", "2020-09-01",
                "purposeAgreementId", "ZV Client", "members", List.of(
                        map("ags", FRANKENBERG, "contractedHoursPerMonth", 60),
                        map("ags", HAINICHEN, "contractedHoursPerMonth", 20))));
        check(patrol.getCompound(compound.getId()).getName().equals("Vollzugsdienst Client"), "compound read");
        PatrolOfficer officer = patrol.addOfficer(compound.getId(), body(client, PatrolOfficerRequest.class,
                "name", "Vollzug", "homeAgs", FRANKENBERG, "weeklyHours", 40, "qualifications", List.of("Vollzugsdienst")));
        check(patrol.listOfficers(compound.getId()).size() == 1, "one officer");
        log.append("patrol: ").append(compound.getId()).append(" officer ").append(officer.getId()).append('\n');
        return log.toString();
    }

    /** A request body from JSON-like values, typed by the generated model (its Jackson mapping). */
    private static <T> T body(ApiClient client, Class<T> type, Object... keyValues) {
        return client.getObjectMapper().convertValue(map(keyValues), type);
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
