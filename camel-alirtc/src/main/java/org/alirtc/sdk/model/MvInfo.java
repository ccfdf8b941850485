package org.alirtc.sdk.model;

/**
 * One motion-vector entry of a received video frame. The vendor sends each as an unnamed pair of ints, so the
 * components keep neutral names.
 *
 * @param first  first element of the pair
 * @param second second element of the pair
 */
public record MvInfo(int first, int second) {}
