package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The agreements and councils pages in a real browser ({@link ConsoleTestSupport}): Frankenberg enters and signs
 * its agreement (field errors in German next to their fields), uploads the signed document, and its council,
 * planned by the signing, meets, records attendance and tasks.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class AgreementsConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-agreements", List.of("asskomm-agreements", "asskomm-councils"), List.of("agreements", "councils"));
    }

    @Test
    public void d_frankenbergEntersItsAgreementAndSignsIt() {
        login(FRANKENBERG);
        open("#/m/agreements/new");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-form")));
        checkAccessibility("agreements-new");

        // nothing entered: the API's field errors appear next to the fields, in German
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement subjectError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#agreement-form .field:has([name=subject]) .field-error")));
        assertEquals("ist erforderlich und darf nicht leer sein", subjectError.getText().replace("⚠", "").trim());
        assertEquals("true", form.findElement(By.name("subject")).getAttribute("aria-invalid"));
        assertTrue(form.findElement(By.cssSelector("[role=alert]")).getText().contains("Bitte prüfen Sie Ihre Eingaben"));
        checkAccessibility("agreements-new-errors");
        screenshot("03-vereinbarung-fehler");

        type(form, "subject", "Kooperationsvereinbarung Allianz Sichere Sächsische Kommunen");
        setValue(form.findElement(By.name("firstContactOn")), "2020-06-15");
        type(form, "goals", "Sicherheitsgefühl stärken\nKriminalprävention vernetzen");
        type(form, "measures", "Koordinierungsstelle einrichten\nKommunalen Präventionsrat gründen");
        type(form, "parties[0].organisation", "Stadt Frankenberg/Sa.");
        type(form, "parties[0].signatories[0].name", "Oliver Gerstner");
        type(form, "parties[0].signatories[0].function", "Bürgermeister");
        type(form, "parties[1].organisation", "Polizeidirektion Chemnitz");
        type(form, "parties[1].signatories[0].name", "Polizeipräsident");
        type(form, "parties[1].signatories[0].function", "Leiter der Polizeidirektion");
        type(form, "parties[2].signatories[0].name", "Geschäftsführer");
        type(form, "parties[2].signatories[0].function", "Geschäftsführer des LPR");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement signForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-transition=SIGNED]")));
        assertTrue(browser.findElement(By.id("agreement-status")).getText().contains("Erstkontakt"));
        checkAccessibility("agreements-detail");

        // a signing date in the future is refused next to the date field
        setValue(signForm.findElement(By.name("date")), LocalDate.now().plusDays(3).toString());
        type(signForm, "place", "Frankenberg/Sa.");
        signForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement dateError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-transition=SIGNED] .field-error")));
        assertEquals("darf nicht in der Zukunft liegen", dateError.getText().replace("⚠", "").trim());

        setValue(signForm.findElement(By.name("date")), "2020-12-09");
        signForm.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-status"), "unterzeichnet"));
        // the back-dated first contact heads the history, which reads in date order
        String history = browser.findElement(By.tagName("main")).getText();
        assertTrue(history, history.contains("15.06.2020") && history.indexOf("15.06.2020") < history.indexOf("09.12.2020"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Frankenberg/Sa."));
        screenshot("04-vereinbarung-unterzeichnet");

        JsonNode list = get("/api/v1/agreements?municipality=" + FRANKENBERG_AGS, ADMIN).json();
        assertEquals(1, list.get("total").asInt());
        assertEquals("SIGNED", list.get("items").get(0).get("status").asText());
        assertEquals("2020-12-09", list.get("items").get(0).get("signedOn").asText());
        JsonNode detail = get("/api/v1/agreements/" + list.get("items").get(0).get("id").asText(), ADMIN).json();
        assertEquals("2020-06-15", detail.get("history").get(0).get("on").asText());

        open("#/m/agreements");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        checkAccessibility("agreements-list");
        screenshot("05-vereinbarungen-liste");

        // the councils module reacts to the signing (an OSGi event): Frankenberg's council is now planned
        wait.until(d -> {
            open("#/m/councils");
            return d.findElement(By.tagName("main")).getText().contains("geplant");
        });
        checkAccessibility("councils-list");
        browser.findElement(By.cssSelector("main table a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("council-status-form")));
        assertTrue(browser.findElement(By.id("council-status")).getText().contains("geplant"));
        checkAccessibility("councils-detail");
        screenshot("06-praeventionsrat-geplant");
    }

    @Test
    public void db_frankenbergUploadsTheSignedAgreementAndAWrongFileIsRefused() throws Exception {
        String id = get("/api/v1/agreements?municipality=" + FRANKENBERG_AGS, ADMIN).json().get("items").get(0).get("id").asText();
        Path dir = Files.createTempDirectory("console-it-upload");
        Path pdf = Files.writeString(dir.resolve("Vereinbarung-Frankenberg.pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        Path text = Files.writeString(dir.resolve("Notiz.pdf"), "keine PDF-Datei");
        login(FRANKENBERG);
        open("#/m/agreements/" + id);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-form")));

        form.findElement(By.name("content")).sendKeys(text.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-form .field-error")));
        assertEquals("muss ein PDF-, ODT- oder DOCX-Dokument sein", error.getText().replace("⚠", "").trim());

        form = browser.findElement(By.id("document-form"));
        form.findElement(By.name("content")).sendKeys(pdf.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-documents"), "Vereinbarung-Frankenberg.pdf"));
        WebElement download = browser.findElement(By.cssSelector("#agreement-documents button[data-document]"));
        assertEquals("Vereinbarung-Frankenberg.pdf herunterladen", download.getText());
        checkAccessibility("agreements-documents");
        screenshot("14-vereinbarung-dokumente");

        // the download goes through the API with the user's credentials: the same bytes come back
        String documentId = download.getAttribute("data-document");
        Object size = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/console/api.js').then(m => m.request('GET', arguments[0], undefined, {blob: true}))"
                + ".then(b => done(b.size)).catch(e => done(String(e)));", "/agreements/" + id + "/documents/" + documentId);
        assertEquals(Files.size(pdf), ((Number) size).longValue());
        ConsoleDistribution.deleteTree(dir);
    }

    @Test
    public void dc_frankenbergsCouncilMeetsRecordsAttendanceAndTasks() {
        String councilId = get("/api/v1/councils?municipality=" + FRANKENBERG_AGS, ADMIN).json().get("items").get(0).get("id").asText();
        login(FRANKENBERG);
        open("#/m/councils/" + councilId);
        // the clerk adds the members in the console: a missing date is named at its field, then both are saved
        WebElement members = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-form")));
        type(members, "name", "Anke Arnold");
        members.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement sinceError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#member-form .field:has([name=memberSince]) .field-error")));
        assertTrue(sinceError.getText(), ConsoleBrowser.errorText(sinceError).startsWith("ist erforderlich"));
        for (String[] m : new String[][] {{"Anke Arnold", "Verwaltung"}, {"Polizeihauptkommissar Peters", "Polizei"}}) {
            members = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-form")));
            type(members, "name", m[0]);
            new Select(members.findElement(By.name("sector"))).selectByVisibleText(m[1]);
            setValue(members.findElement(By.name("memberSince")), "2021-01-01");
            members.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section[aria-labelledby=co-members]"), m[0]));
        }
        assertEquals(2, get("/api/v1/councils/" + councilId + "/members", ADMIN).json().size());
        checkAccessibility("councils-members");
        WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-form")));
        setValue(meeting.findElement(By.name("heldOn")), LocalDate.now().minusDays(7).toString());
        type(meeting, "title", "Konstituierende Sitzung");
        type(meeting, "location", "Rathaus Frankenberg");
        meeting.findElement(By.cssSelector("input[type=checkbox]")).click();
        meeting.findElement(By.cssSelector("button[type=submit]")).click();

        // the second member is marked present afterwards
        WebElement attendance = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-form")));
        List<WebElement> boxes = attendance.findElements(By.cssSelector("input[type=checkbox]"));
        assertEquals(2, boxes.size());
        assertTrue(boxes.get(0).isSelected());
        boxes.get(1).click();
        attendance.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2 / 2"));

        // a task whose due date has passed is overdue; then it is done
        WebElement task = browser.findElement(By.id("task-form"));
        type(task, "title", "Sicherheitsanalyse beauftragen");
        type(task, "owner", "Anke Arnold");
        setValue(task.findElement(By.name("dueOn")), LocalDate.now().minusDays(1).toString());
        task.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("council-tasks"), "überfällig"));
        checkAccessibility("councils-meetings-tasks");
        screenshot("15-praeventionsrat-sitzung-aufgaben");
        open("#/m/councils");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("overdue-tasks"), "Sicherheitsanalyse beauftragen"));
        checkAccessibility("councils-overdue");
        open("#/m/councils/" + councilId);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#council-tasks button[data-task]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#council-tasks button[data-task]")));
        JsonNode meetings = get("/api/v1/councils/" + councilId + "/meetings", ADMIN).json();
        assertEquals(2, meetings.get("items").get(0).get("attendeeIds").size());
        JsonNode open = get("/api/v1/councils/" + councilId + "/tasks?open=true", ADMIN).json();
        assertEquals(0, open.get("total").asInt());
    }

    @Test
    public void dd_frankenbergBackDatesItsCoordinationOffice() {
        String councilId = get("/api/v1/councils?municipality=" + FRANKENBERG_AGS, ADMIN).json().get("items").get(0).get("id").asText();
        login(FRANKENBERG);
        open("#/m/councils/" + councilId);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("council-status-form")));
        // only the step the rules allow is offered, by its German name
        List<String> offered = new Select(form.findElement(By.name("status"))).getOptions().stream().map(WebElement::getText).toList();
        assertEquals(List.of("Koordinierungsstelle"), offered);
        // before the council was planned (the signing day, 9 December 2020) is refused at the date
        setValue(form.findElement(By.name("on")), "2020-11-30");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#council-status-form .field-error")));
        assertTrue(error.getText(), error.getText().contains("09.12.2020") || error.getText().contains("2020"));
        // the office was set up between the signing and today: recorded on its own day
        form = browser.findElement(By.id("council-status-form"));
        setValue(form.findElement(By.name("on")), "2021-03-01");
        type(form, "note", "Koordinierungsstelle im Ordnungsamt eingerichtet");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("council-status"), "Koordinierungsstelle"));
        String main = browser.findElement(By.tagName("main")).getText();
        assertTrue(main, main.contains("seit 01.03.2021"));
        assertTrue("history by date: " + main, main.indexOf("09.12.2020") < main.indexOf("01.03.2021"));
        assertTrue(main, main.contains("Kooperationsvereinbarung unterzeichnet am 09.12.2020"));
        assertTrue(GermanTextCheck.findings(main).toString(), GermanTextCheck.findings(main).isEmpty());
        checkAccessibility("councils-office-back-dated");
        JsonNode council = get("/api/v1/councils/" + councilId, ADMIN).json();
        assertEquals("COORDINATION_OFFICE", council.get("status").asText());
        assertEquals("2021-03-01", council.get("statusSince").asText());
    }
}
