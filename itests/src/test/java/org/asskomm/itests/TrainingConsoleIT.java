package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The training page in a real browser ({@link ConsoleTestSupport}): Frankenberg enrols until the waitlist starts;
 * the LPR records attendance, completes and issues a certificate that verifies.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TrainingConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-training", List.of("asskomm-training"), List.of("training"));
    }

    @Test
    public void e_frankenbergEnrolsUntilTheWaitlistStarts() {
        String day = LocalDate.now().plusWeeks(3).toString();
        Answer course = post("/api/v1/training/courses", ADMIN, Map.of("title", "Sicherheitsanalyse in der Praxis",
                "targetGroups", List.of("MUNICIPAL_STAFF"), "format", "IN_PERSON", "place", "Chemnitz", "capacity", 2,
                "fee", 0, "creditHours", 6, "sessions", List.of(Map.of("title", "Praxistag", "startsOn", day))));
        assertEquals(course.body(), 201, course.status());
        List<String> people = new ArrayList<>();
        for (String[] name : new String[][] {{"Anja", "Albrecht"}, {"Bernd", "Berger"}, {"Clara", "Conrad"}}) {
            Answer person = post("/api/v1/training/people", FRANKENBERG, Map.of("municipality", FRANKENBERG_AGS,
                    "firstName", name[0], "lastName", name[1], "sector", "ADMINISTRATION", "qualifications", List.of()));
            assertEquals(person.body(), 201, person.status());
            people.add(name[0] + " " + name[1]);
        }
        login(FRANKENBERG);
        open("#/m/training");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrol-form")));
        checkAccessibility("training");
        String[] expected = {"ist zugelassen", "ist zugelassen", "steht auf der Warteliste (Platz 1)"};
        for (int i = 0; i < 3; i++) {
            form = browser.findElement(By.id("enrol-form"));
            new Select(form.findElement(By.name("personId"))).selectByVisibleText(people.get(i));
            new Select(form.findElement(By.name("courseId"))).selectByVisibleText("Sicherheitsanalyse in der Praxis");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            String text = people.get(i) + " " + expected[i];
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrol-result"), text));
        }
        assertEquals("WAITLISTED", browser.findElement(By.id("enrol-result")).getAttribute("data-status"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolments"), "Warteliste"));
        checkAccessibility("training-waitlist");
        screenshot("08-fortbildung-warteliste");
        JsonNode waiting = get("/api/v1/training/enrolments?status=WAITLISTED&course=" + course.get("id").asText(), ADMIN).json();
        assertEquals(1, waiting.get("total").asInt());
    }

    @Test
    public void ea_theLprRecordsAttendanceCompletesAndIssuesACertificate() {
        JsonNode admitted = get("/api/v1/training/enrolments?status=ADMITTED&municipality=" + FRANKENBERG_AGS, ADMIN).json();
        String enrolment = admitted.get("items").get(0).get("id").asText();
        Answer confirmed = post("/api/v1/training/enrolments/" + enrolment + "/enrol", FRANKENBERG, Map.of());
        assertEquals(confirmed.body(), 200, confirmed.status());
        String courseId = confirmed.get("courseId").asText();

        login(ADMIN);
        open("#/m/training");
        WebElement chooser = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("participation-course")));
        new Select(chooser.findElement(By.name("courseId"))).selectByValue(courseId);
        By completeButton = By.cssSelector("#participation button[data-complete='" + enrolment + "']");
        wait.until(ExpectedConditions.elementToBeClickable(completeButton)).click();
        // not attended yet: the conflict names the missing session
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#participation [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Praxistag"));

        browser.findElement(By.cssSelector("#participation tr:has(button[data-complete='" + enrolment + "']) input[data-session]")).click();
        wait.until(d -> get("/api/v1/training/enrolments/" + enrolment, ADMIN).json().get("attendance").size() == 1);
        wait.until(ExpectedConditions.elementToBeClickable(completeButton)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#participation button[data-issue='" + enrolment + "']"))).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#participation code[data-certificate]")));
        checkAccessibility("training-certificates");
        screenshot("17-fortbildung-zertifikat");

        WebElement verify = browser.findElement(By.id("verify-form"));
        type(verify, "code", code.getText());
        verify.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "Gültig"));
        assertEquals("true", browser.findElement(By.id("verify-result")).getAttribute("data-valid"));
        JsonNode verified = get("/api/v1/training/certificates/" + code.getText(), null).json();
        assertTrue(verified.get("valid").asBoolean());
    }
}
