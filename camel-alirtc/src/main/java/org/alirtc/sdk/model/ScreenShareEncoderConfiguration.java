package org.alirtc.sdk.model;

/**
 * Encoder settings of the screen-share stream. {@link #defaults()} gives the vendor's documented defaults.
 *
 * @param width        output width in pixels; 0 (with height 0) publishes at the capture resolution
 * @param height       output height in pixels; 0 (with width 0) publishes at the capture resolution
 * @param frameRate    output frame rate (vendor default 5 fps, at most 30)
 * @param bitrateKbps  target bitrate in kbit/s; 0 lets the SDK choose
 * @param rotationMode rotation
 */
public record ScreenShareEncoderConfiguration(
        int width, int height, FrameRate frameRate, int bitrateKbps, RotationMode rotationMode) {

    public ScreenShareEncoderConfiguration {
        Checks.atLeast(width, 0, "width");
        Checks.atLeast(height, 0, "height");
        Checks.notNull(frameRate, "frameRate", "pass a FrameRate such as FrameRate.FPS_5");
        Checks.atLeast(bitrateKbps, 0, "bitrateKbps");
        Checks.notNull(rotationMode, "rotationMode", "pass a RotationMode such as RotationMode.ROTATION_0");
    }

    /** Capture resolution (0x0), 5 fps, 512 kbit/s, no rotation. */
    public static ScreenShareEncoderConfiguration defaults() {
        return new ScreenShareEncoderConfiguration(0, 0, FrameRate.FPS_5, 512, RotationMode.ROTATION_0);
    }
}
