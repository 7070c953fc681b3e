package org.asskomm.councils.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.CoordinationOffice;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.OfficeStaff;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.WorkingGroup;

/**
 * Printable HTML documents (minutes and the yearly prevention report); the browser prints them to PDF.
 * Every piece of user text goes through {@link #esc}.
 */
final class Documents {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String STYLE = "body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.2em .4em;text-align:left}"
            + "@media print{body{margin:0}}";

    private Documents() {
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "–" : d.format(DATE);
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    }

    static String minutes(Council council, Meeting meeting, List<Member> members, List<Task> tasks) {
        Map<String, Member> byId = members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        StringBuilder h = open("Protokoll " + meeting.title());
        h.append("<h1>Protokoll: ").append(esc(meeting.title())).append("</h1>\n<p>")
                .append(esc(council.name())).append("<br>Datum: ").append(date(meeting.heldOn()))
                .append("<br>Ort: ").append(esc(meeting.location())).append("</p>\n");
        h.append("<h2>Tagesordnung</h2>\n<ol>");
        meeting.agenda().forEach(item -> h.append("<li>").append(esc(item)).append("</li>"));
        h.append("</ol>\n<h2>Anwesende</h2>\n<table><tr><th>Name</th><th>Organisation</th><th>Bereich</th><th>Stimmrecht</th></tr>");
        for (String id : meeting.attendeeIds()) {
            Member m = byId.get(id);
            h.append("<tr><td>").append(esc(m.name())).append("</td><td>").append(esc(m.organisation()))
                    .append("</td><td>").append(m.sector()).append("</td><td>")
                    .append(m.voting() ? "stimmberechtigt" : "beratend").append("</td></tr>");
        }
        h.append("</table>\n<h2>Beschlüsse</h2>\n");
        if (meeting.decisions().isEmpty()) {
            h.append("<p>Keine.</p>\n");
        }
        int n = 1;
        for (Decision d : meeting.decisions()) {
            h.append("<p><b>Beschluss ").append(n++).append(":</b> ").append(esc(d.text()));
            if (!d.votes().isEmpty()) {
                h.append("<br>Ja ").append(d.yes()).append(", Nein ").append(d.no()).append(", Enthaltung ")
                        .append(d.abstain());
            }
            h.append("</p>\n");
        }
        taskTable(h.append("<h2>Aufgaben</h2>\n"), tasks);
        return h.append("</body></html>\n").toString();
    }

    private static void taskTable(StringBuilder h, List<Task> tasks) {
        h.append("<table><tr><th>Aufgabe</th><th>Verantwortlich</th><th>Fällig</th><th>Erledigt</th></tr>");
        for (Task t : tasks) {
            h.append("<tr><td>").append(esc(t.title())).append("</td><td>").append(esc(t.owner())).append("</td><td>")
                    .append(date(t.dueOn())).append(t.overdue() ? " (überfällig)" : "").append("</td><td>")
                    .append(date(t.doneOn())).append("</td></tr>");
        }
        h.append("</table>\n");
    }

    static String yearlyReport(Council council, int year, List<StatusHistoryEntry> history, CoordinationOffice office,
                               Composition composition, List<Member> members, List<WorkingGroup> groups,
                               List<Meeting> meetings, List<Task> tasks, List<ActionField> fields) {
        Map<String, String> fieldTitles = fields.stream().collect(Collectors.toMap(ActionField::code, ActionField::title));
        Map<String, String> memberNames = members.stream().collect(Collectors.toMap(Member::id, Member::name));
        StringBuilder h = open("Präventionsbericht " + year + " " + council.name());
        h.append("<h1>Präventionsbericht ").append(year).append("</h1>\n<p>").append(esc(council.name()))
                .append(" (").append(esc(council.district())).append(")<br>Status: ").append(council.status())
                .append(" seit ").append(date(council.statusSince())).append("<br>Vorsitz: ")
                .append(esc(council.rules().chair())).append(", Stellvertretung: ")
                .append(esc(council.rules().deputyChair())).append("</p>\n");

        h.append("<h2>Entwicklung</h2>\n<ul>");
        history.forEach(e -> h.append("<li>").append(date(e.on())).append(": ").append(e.status())
                .append(e.note() == null ? "" : " – " + esc(e.note())).append("</li>"));
        h.append("</ul>\n<h2>Koordinierungsstelle</h2>\n<p>Eingerichtet: ").append(date(office.setUpOn()))
                .append(", Stunden pro Woche: ").append(office.hoursPerWeek() == null ? "–" : office.hoursPerWeek().toPlainString())
                .append("</p>\n<ul>");
        for (OfficeStaff s : office.staff()) {
            h.append("<li>").append(esc(s.name())).append(", ").append(esc(s.function())).append("</li>");
        }
        h.append("</ul>\n<h2>Zusammensetzung am ").append(date(composition.at())).append("</h2>\n")
                .append("<table><tr><th>Bereich</th><th>stimmberechtigt</th><th>beratend</th></tr>");
        composition.sectors().stream().filter(s -> s.voting() + s.advisory() > 0).forEach(s -> h.append("<tr><td>")
                .append(s.sector()).append("</td><td>").append(s.voting()).append("</td><td>").append(s.advisory())
                .append("</td></tr>"));
        h.append("</table>\n<h2>Arbeitsgruppen</h2>\n");
        for (WorkingGroup g : groups) {
            h.append("<h3>").append(esc(g.name())).append("</h3>\n<p>Handlungsfelder: ")
                    .append(g.actionFields().stream().map(code -> esc(fieldTitles.getOrDefault(code, code)))
                            .collect(Collectors.joining(", ")))
                    .append("<br>Mitglieder: ").append(g.memberIds().stream()
                            .map(id -> esc(memberNames.get(id))).collect(Collectors.joining(", ")))
                    .append("<br>Auftrag: ").append(esc(g.mandate()))
                    .append("</p>\n<p><b>Lagebild:</b> ").append(esc(g.situationDescription()))
                    .append("</p>\n<p><b>Empfehlungen:</b> ").append(esc(g.recommendations()))
                    .append("</p>\n<p><b>Messbare Ziele:</b> ").append(esc(g.measurableGoals())).append("</p>\n");
        }
        h.append("<h2>Sitzungen ").append(year).append("</h2>\n<ul>");
        for (Meeting m : meetings) {
            h.append("<li>").append(date(m.heldOn())).append(": ").append(esc(m.title())).append(" (")
                    .append(m.attendeeIds().size()).append(" Anwesende, ").append(m.decisions().size())
                    .append(" Beschlüsse)</li>");
        }
        long done = tasks.stream().filter(t -> t.doneOn() != null).count();
        long overdue = tasks.stream().filter(Task::overdue).count();
        h.append("</ul>\n<h2>Aufgaben mit Fälligkeit ").append(year).append("</h2>\n<p>")
                .append(tasks.size()).append(" Aufgaben, davon erledigt ").append(done).append(", überfällig ")
                .append(overdue).append(".</p>\n");
        taskTable(h, tasks);
        return h.append("</body></html>\n").toString();
    }
}
