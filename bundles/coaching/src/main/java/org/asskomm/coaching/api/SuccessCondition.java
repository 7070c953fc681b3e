package org.asskomm.coaching.api;

/** The conditions under which coaching counts as successful; each is met on a day or not yet. */
public enum SuccessCondition {
    /** The municipality named its prevention coordinator. */
    COORDINATOR_NAMED,
    /** The municipal council decided to take part in ASSKomm. */
    COUNCIL_DECISION,
    /** A coordination office or prevention council works. */
    PREVENTION_COUNCIL,
    /** The cooperation agreement is signed. */
    AGREEMENT_SIGNED,
    /** The safety analysis is done. */
    SAFETY_ANALYSIS,
    /** The municipality has an action plan with measures. */
    ACTION_PLAN,
    /** The municipality continues without a coach. */
    SELF_SUSTAINING
}
