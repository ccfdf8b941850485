package org.alirtc.camel;

/** How fast the producer pushes audio. */
public enum AliRtcPacing {
    /** One 10 ms frame per 10 ms, as the audio plays: the right choice for files and generated audio. */
    REAL_TIME,
    /** As fast as the engine accepts it; for sources that are already real time. */
    NONE
}
