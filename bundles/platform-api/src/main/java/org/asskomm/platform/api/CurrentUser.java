package org.asskomm.platform.api;

import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.core.SecurityContext;

import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.NotAuthenticatedException;

/**
 * Who is calling and what they may do. Roles follow DESIGN §5: {@code lpr-admin},
 * {@code municipality-<AGS>}, {@code police}, {@code viewer}; police users of a Polizeidirektion have
 * {@code police-<directorate>} (e.g. {@code police-chemnitz}, see {@link PoliceDirectorate}) instead of the
 * state-wide {@code police} (decision 0013).
 */
public record CurrentUser(String name, Set<String> roles) implements Principal {

    public static final String LPR_ADMIN = "lpr-admin";
    /** State-wide police (Landespolizeipräsidium): reads what a directorate reads, in every district. */
    public static final String POLICE = "police";
    /** Prefix of the directorate roles: {@code police-<id of a PoliceDirectorate>}. */
    public static final String POLICE_PREFIX = "police-";
    public static final String VIEWER = "viewer";
    public static final String MUNICIPALITY_PREFIX = "municipality-";

    public static final CurrentUser ANONYMOUS = new CurrentUser(null, Set.of());
    /** Used by shell commands and start-up tasks: an operator at the Karaf console acts with LPR rights. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", Set.of(LPR_ADMIN));

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /**
     * The user the REST layer authenticated for this request (anonymous when none).
     *
     * @deprecated use {@link org.asskomm.platform.api.rest.Users#current(SecurityContext)}; kept so that plugins
     *             built against 1.0 resolve unchanged, removed with the package's 2.0 (decision 0009)
     */
    @Deprecated(since = "1.1", forRemoval = true)
    public static CurrentUser of(SecurityContext context) {
        return context != null && context.getUserPrincipal() instanceof CurrentUser user ? user : ANONYMOUS;
    }

    public static String municipalityRole(String ags) {
        return MUNICIPALITY_PREFIX + ags;
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean isLprAdmin() {
        return roles.contains(LPR_ADMIN);
    }

    /** Has the state-wide {@code police} role (not a directorate role: see {@link #isAnyPolice()}). */
    public boolean isPolice() {
        return roles.contains(POLICE);
    }

    /** Has the state-wide police role or the role of a Polizeidirektion. */
    public boolean isAnyPolice() {
        return isPolice() || !policeDirectorates().isEmpty();
    }

    /** The Polizeidirektionen of the user's {@code police-<id>} roles; roles naming no known directorate count not. */
    public Set<PoliceDirectorate> policeDirectorates() {
        Set<PoliceDirectorate> result = new java.util.HashSet<>();
        for (String role : roles) {
            if (role.startsWith(POLICE_PREFIX)) {
                PoliceDirectorate.find(role.substring(POLICE_PREFIX.length())).ifPresent(result::add);
            }
        }
        return result;
    }

    /**
     * The districts (first five digits of the AGS) whose municipalities' records the user reads as police of a
     * directorate; empty for everyone else, also for state-wide police (who read everywhere: {@link #isPolice()}).
     */
    public Set<String> policeDistricts() {
        Set<String> result = new TreeSet<>();
        policeDirectorates().forEach(d -> result.addAll(d.districts()));
        return result;
    }

    /**
     * May read, as police, what police reads of that municipality (agreements with a police party, councils,
     * patrol compounds): state-wide police everywhere, a directorate's police in its districts.
     */
    public boolean policeMayRead(String ags) {
        return isPolice() || policeDirectorates().stream().anyMatch(d -> d.serves(ags));
    }

    public boolean isViewer() {
        return roles.contains(VIEWER);
    }

    /** The municipalities this user acts for, from its {@code municipality-<AGS>} roles. */
    public Set<String> municipalities() {
        Set<String> result = new TreeSet<>();
        for (String role : roles) {
            if (role.startsWith(MUNICIPALITY_PREFIX)) {
                result.add(role.substring(MUNICIPALITY_PREFIX.length()));
            }
        }
        return result;
    }

    /** May change data of that municipality: LPR admins everywhere, municipal staff for their own. */
    public boolean mayActFor(String ags) {
        return isLprAdmin() || roles.contains(municipalityRole(ags));
    }

    /** May read that municipality's records: those who may act for it, and state-wide viewers. */
    public boolean mayRead(String ags) {
        return mayActFor(ags) || isViewer();
    }

    /** Sees every municipality's records (LPR admins and viewers). */
    public boolean seesAll() {
        return isLprAdmin() || isViewer();
    }

    public CurrentUser requireAuthenticated() {
        if (isAnonymous()) {
            throw new NotAuthenticatedException();
        }
        return this;
    }

    public void requireLprAdmin() {
        requireAuthenticated();
        if (!isLprAdmin()) {
            throw AccessDeniedException.of("problem.forbidden.role", LPR_ADMIN);
        }
    }

    public void requireActFor(String ags) {
        requireAuthenticated();
        if (!mayActFor(ags)) {
            throw AccessDeniedException.of("problem.forbidden.actFor", ags);
        }
    }

    public void requireRead(String ags) {
        requireAuthenticated();
        if (!mayRead(ags)) {
            throw AccessDeniedException.of("problem.forbidden.read", ags);
        }
    }
}
