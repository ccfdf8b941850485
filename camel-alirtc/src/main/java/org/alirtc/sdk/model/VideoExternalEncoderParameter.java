package org.alirtc.sdk.model;

/**
 * Target the SDK asks an external video encoder to meet (quality-of-service feedback).
 *
 * @param width      width in pixels
 * @param height     height in pixels
 * @param frameRate  frames per second
 * @param bitrateBps bitrate in bit/s (not kbit/s)
 */
public record VideoExternalEncoderParameter(int width, int height, int frameRate, int bitrateBps) {}
