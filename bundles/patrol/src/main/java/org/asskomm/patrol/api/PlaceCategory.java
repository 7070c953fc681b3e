package org.asskomm.patrol.api;

public enum PlaceCategory {
    MARKET_SQUARE, PARK, PLAYGROUND, SCHOOL_ROUTE, STATION, CAR_PARK, EVENT_SITE, OTHER
}
