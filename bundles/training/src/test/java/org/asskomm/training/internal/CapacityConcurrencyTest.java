package org.asskomm.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.testing.TestPlatform;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.Notification;
import org.junit.Test;

/** The capacity invariant under concurrent applications, and the waitlist moving up in order. */
public class CapacityConcurrencyTest {

    private final Fixtures f = new Fixtures();
    private final CurrentUser lpr = TestPlatform.lprAdmin();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(Fixtures.FRANKENBERG);

    @Test
    public void hundredConcurrentApplicationsForTwentySeats() throws Exception {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Konfliktmanagement", 20, Fixtures.NEXT_MONTH));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            people.add(f.people.createPerson(frankenberg,
                    Fixtures.person(Fixtures.FRANKENBERG, "P" + i, "Person" + i)).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Enrolment> results = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (String person : people) {
            futures.add(pool.submit(() -> {
                start.await();
                results.add(f.enrolments.apply(frankenberg, new EnrolmentRequest(person, course.id(), null, null)));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Enrolment> all = all(course.id());
        assertEquals(100, all.size());
        List<Enrolment> admitted = all.stream().filter(e -> e.status() == EnrolmentStatus.ADMITTED).toList();
        List<Enrolment> waitlisted = all.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::waitlistPosition)).toList();
        assertEquals(20, admitted.size());
        assertEquals(80, waitlisted.size());
        for (int i = 0; i < 80; i++) {
            assertEquals("tickets 1..80 without gaps or duplicates", Integer.valueOf(i + 1),
                    waitlisted.get(i).waitlistPosition());
        }
        // arrival order = lock order: every admitted application was written before the first waitlisted one,
        // and tickets follow the order in which the applications were written
        var lastAdmitted = admitted.stream().map(Enrolment::appliedAt).max(Comparator.naturalOrder()).orElseThrow();
        assertFalse(lastAdmitted.isAfter(waitlisted.get(0).appliedAt()));
        for (int i = 1; i < 80; i++) {
            assertFalse(waitlisted.get(i - 1).appliedAt().isAfter(waitlisted.get(i).appliedAt()));
        }
        Course after = f.catalogue.course(lpr, course.id());
        assertEquals(20, after.admitted());
        assertEquals(80, after.waitlisted());

        // withdrawals move the waitlist up in ticket order, one seat each, with a notification and an event
        f.platform.events.clear();
        f.enrolments.withdraw(frankenberg, admitted.get(0).id());
        f.enrolments.confirm(frankenberg, admitted.get(1).id());
        f.enrolments.withdraw(frankenberg, admitted.get(1).id());
        f.enrolments.withdraw(frankenberg, waitlisted.get(2).id()); // a waitlisted withdrawal frees no seat
        f.enrolments.withdraw(frankenberg, admitted.get(2).id());
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, waitlisted.get(0).id()).status());
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, waitlisted.get(1).id()).status());
        assertEquals(EnrolmentStatus.WITHDRAWN, f.enrolments.enrolment(lpr, waitlisted.get(2).id()).status());
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, waitlisted.get(3).id()).status());
        assertEquals(EnrolmentStatus.WAITLISTED, f.enrolments.enrolment(lpr, waitlisted.get(4).id()).status());
        assertEquals(20, f.catalogue.course(lpr, course.id()).admitted());
        assertEquals(76, f.catalogue.course(lpr, course.id()).waitlisted());
        List<String> movedUpEvents = f.platform.events.topic("org/asskomm/training/Enrolment/MOVED_UP").stream()
                .map(e -> (String) e.getProperty("id")).toList();
        assertEquals(List.of(waitlisted.get(0).id(), waitlisted.get(1).id(), waitlisted.get(3).id()), movedUpEvents);
        List<Notification> notes = f.enrolments.notifications(frankenberg, null, PageRequest.of(0, 50)).items();
        assertEquals(3, notes.size());
        assertTrue(notes.stream().allMatch(n -> n.kind().equals("MOVED_UP")
                && n.municipality().equals(Fixtures.FRANKENBERG)));

        // capacity may not fall below the seats taken; raising it admits the next in line
        CourseRequest shrink = withCapacity(f.catalogue.course(lpr, course.id()), 19);
        assertThrows409(() -> f.catalogue.updateCourse(lpr, course.id(), shrink));
        f.catalogue.updateCourse(lpr, course.id(), withCapacity(f.catalogue.course(lpr, course.id()), 22));
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, waitlisted.get(4).id()).status());
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, waitlisted.get(5).id()).status());
        assertEquals(EnrolmentStatus.WAITLISTED, f.enrolments.enrolment(lpr, waitlisted.get(6).id()).status());
        assertEquals(22, f.catalogue.course(lpr, course.id()).admitted());
    }

    @Test
    public void concurrentWithdrawalsNeverAdmitMoreThanTheFreedSeats() throws Exception {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Moderation", 5, Fixtures.NEXT_MONTH));
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String person = f.people.createPerson(frankenberg,
                    Fixtures.person(Fixtures.FRANKENBERG, "W" + i, "Withdrawer" + i)).id();
            enrolments.add(f.enrolments.apply(frankenberg, new EnrolmentRequest(person, course.id(), null, null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = enrolments.get(i).id();
            futures.add(pool.submit(() -> f.enrolments.withdraw(frankenberg, id)));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<Enrolment> all = all(course.id());
        assertEquals(5, all.stream().filter(e -> e.status() == EnrolmentStatus.ADMITTED).count());
        for (int i = 5; i < 10; i++) {
            assertEquals("the first five of the waitlist moved up", EnrolmentStatus.ADMITTED,
                    f.enrolments.enrolment(lpr, enrolments.get(i).id()).status());
        }
        assertEquals(5, all.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED).count());
    }

    private List<Enrolment> all(String courseId) {
        return f.enrolments.enrolments(lpr, courseId, null, null, null, null, PageRequest.of(0, 500)).items();
    }

    private static CourseRequest withCapacity(Course c, int capacity) {
        return new CourseRequest(c.title(), c.description(), c.targetGroups(), c.format(), c.place(), capacity, c.fee(),
                c.creditHours(), null, c.version());
    }

    static void assertThrows409(Runnable action) {
        try {
            action.run();
        } catch (ConflictException expected) {
            return;
        }
        throw new AssertionError("expected 409 Conflict");
    }
}
