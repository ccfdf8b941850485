package org.alirtc.sdk.model;

/**
 * Encoder settings of the camera stream. {@link #defaults()} gives the vendor's documented defaults.
 *
 * @param width              output width in pixels (vendor default 640, at most 1920 by the vendor's docs)
 * @param height             output height in pixels (vendor default 480, at most 1080)
 * @param frameRate          output frame rate (vendor default 15 fps, at most 30)
 * @param bitrateKbps        target bitrate in kbit/s; 0 lets the SDK choose from resolution and frame rate; values
 *                           outside the sensible range for the resolution are adjusted by the SDK
 * @param orientationMode    output orientation
 * @param mirrorMode         mirroring
 * @param rotationMode       rotation
 * @param keyFrameIntervalMs GOP length in milliseconds; 0 lets the SDK choose
 * @param minBitrateKbps     lower bitrate bound in kbit/s; 0 for none
 */
public record VideoEncoderConfiguration(
        int width,
        int height,
        FrameRate frameRate,
        int bitrateKbps,
        OrientationMode orientationMode,
        MirrorMode mirrorMode,
        RotationMode rotationMode,
        int keyFrameIntervalMs,
        int minBitrateKbps) {

    public VideoEncoderConfiguration {
        Checks.atLeast(width, 1, "width");
        Checks.atLeast(height, 1, "height");
        Checks.notNull(frameRate, "frameRate", "pass a FrameRate such as FrameRate.FPS_15");
        Checks.atLeast(bitrateKbps, 0, "bitrateKbps");
        Checks.notNull(
                orientationMode, "orientationMode", "pass OrientationMode.ADAPTIVE unless a fixed one is needed");
        Checks.notNull(mirrorMode, "mirrorMode", "pass MirrorMode.DISABLED or ENABLED");
        Checks.notNull(rotationMode, "rotationMode", "pass a RotationMode such as RotationMode.ROTATION_0");
        Checks.atLeast(keyFrameIntervalMs, 0, "keyFrameIntervalMs");
        Checks.atLeast(minBitrateKbps, 0, "minBitrateKbps");
    }

    /** 640x480, 15 fps, 512 kbit/s, adaptive orientation, no mirroring, no rotation, SDK-chosen GOP. */
    public static VideoEncoderConfiguration defaults() {
        return new VideoEncoderConfiguration(
                640,
                480,
                FrameRate.FPS_15,
                512,
                OrientationMode.ADAPTIVE,
                MirrorMode.DISABLED,
                RotationMode.ROTATION_0,
                0,
                0);
    }

    public VideoEncoderConfiguration withDimensions(int newWidth, int newHeight) {
        return new VideoEncoderConfiguration(
                newWidth,
                newHeight,
                frameRate,
                bitrateKbps,
                orientationMode,
                mirrorMode,
                rotationMode,
                keyFrameIntervalMs,
                minBitrateKbps);
    }

    public VideoEncoderConfiguration withFrameRate(FrameRate value) {
        return new VideoEncoderConfiguration(
                width,
                height,
                value,
                bitrateKbps,
                orientationMode,
                mirrorMode,
                rotationMode,
                keyFrameIntervalMs,
                minBitrateKbps);
    }

    public VideoEncoderConfiguration withBitrateKbps(int value) {
        return new VideoEncoderConfiguration(
                width,
                height,
                frameRate,
                value,
                orientationMode,
                mirrorMode,
                rotationMode,
                keyFrameIntervalMs,
                minBitrateKbps);
    }

    public VideoEncoderConfiguration withKeyFrameIntervalMs(int value) {
        return new VideoEncoderConfiguration(
                width,
                height,
                frameRate,
                bitrateKbps,
                orientationMode,
                mirrorMode,
                rotationMode,
                value,
                minBitrateKbps);
    }
}
