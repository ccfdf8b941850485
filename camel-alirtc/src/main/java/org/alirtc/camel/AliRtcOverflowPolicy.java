package org.alirtc.camel;

/** What a consumer does when its hand-off queue is full. Every item not delivered is counted as a drop. */
public enum AliRtcOverflowPolicy {
    /** Drop the oldest queued item to make room: the route always sees the latest media. */
    DROP_OLDEST,
    /** Drop the arriving item: the route sees a gap after what is queued. */
    DROP_NEWEST,
    /** Hold the SDK reader thread until there is room, at most {@code blockTimeout}, then drop the arriving item. */
    BLOCK
}
