package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Preset video resolution and frame rate; constant names follow the vendor's
 * {@code P<short side>_<long side>P_<fps>[_<kbps>_KBPS]}.
 * <p>Vendor enum {@code VideoProfile}; {@link #code()} is the exact vendor value.
 */
public enum VideoProfile implements WireCode {
    /** The SDK decides. Vendor {@code VideoProfile_Default}. */
    DEFAULT(0),
    /** 180x240, 15 fps. Vendor {@code VideoProfile_180_240P_15}. */
    P180_240P_15(1),
    /** 180x320, 15 fps. Vendor {@code VideoProfile_180_320P_15}. */
    P180_320P_15(2),
    /** 180x320, 30 fps. Vendor {@code VideoProfile_180_320P_30}. */
    P180_320P_30(3),
    /** 240x320, 15 fps. Vendor {@code VideoProfile_240_320P_15}. */
    P240_320P_15(4),
    /** 360x480, 15 fps. Vendor {@code VideoProfile_360_480P_15}. */
    P360_480P_15(5),
    /** 360x480, 30 fps. Vendor {@code VideoProfile_360_480P_30}. */
    P360_480P_30(6),
    /** 360x640, 15 fps. Vendor {@code VideoProfile_360_640P_15}. */
    P360_640P_15(7),
    /** 360x640, 30 fps. Vendor {@code VideoProfile_360_640P_30}. */
    P360_640P_30(8),
    /** 480x640, 15 fps. Vendor {@code VideoProfile_480_640P_15}. */
    P480_640P_15(9),
    /** 480x640, 30 fps. Vendor {@code VideoProfile_480_640P_30}. */
    P480_640P_30(10),
    /** 720x960, 15 fps. Vendor {@code VideoProfile_720_960P_15}. */
    P720_960P_15(11),
    /** 720x960, 30 fps. Vendor {@code VideoProfile_720_960P_30}. */
    P720_960P_30(12),
    /** 720x1280, 15 fps. Vendor {@code VideoProfile_720_1280P_15}. */
    P720_1280P_15(13),
    /** 720x1280, 20 fps. Vendor {@code VideoProfile_720_1280P_20}. */
    P720_1280P_20(14),
    /** 720x1280, 30 fps. Vendor {@code VideoProfile_720_1280P_30}. */
    P720_1280P_30(15),
    /** 1080x1920, 15 fps. Vendor {@code VideoProfile_1080_1920P_15}. */
    P1080_1920P_15(16),
    /** 1080x1920, 30 fps. Vendor {@code VideoProfile_1080_1920P_30}. */
    P1080_1920P_30(17),
    /** 480x640, 15 fps, 1500 kbps. Vendor {@code VideoProfile_480_640P_15_1500Kb}. */
    P480_640P_15_1500_KBPS(18),
    /** 900x1600, 20 fps. Vendor {@code VideoProfile_900_1600P_20}. */
    P900_1600P_20(19),
    /** 360x640, 15 fps, 800 kbps. Vendor {@code VideoProfile_360_640P_15_800Kb}. */
    P360_640P_15_800_KBPS(20),
    /** 480x840, 15 fps, 500 kbps. Vendor {@code VideoProfile_480_840P_15_500Kb}. */
    P480_840P_15_500_KBPS(21),
    /** 480x840, 15 fps, 800 kbps. Vendor {@code VideoProfile_480_840P_15_800Kb}. */
    P480_840P_15_800_KBPS(22),
    /** 540x960, 15 fps, 800 kbps. Vendor {@code VideoProfile_540_960P_15_800Kb}. */
    P540_960P_15_800_KBPS(23),
    /** 540x960, 15 fps, 1200 kbps. Vendor {@code VideoProfile_540_960P_15_1200Kb}. */
    P540_960P_15_1200_KBPS(24),
    /** 540x960, 20 fps. Vendor {@code VideoProfile_540_960P_20}. */
    P540_960P_20(25),
    /** 1080x1920, 20 fps. Vendor {@code VideoProfile_1080_1920P_20}. */
    P1080_1920P_20(26),
    /** 240x320, 15 fps, 300 kbps. Vendor {@code VideoProfile_240_320P_15_300kb}. */
    P240_320P_15_300_KBPS(27),
    /** 240x320, 15 fps, 500 kbps. Vendor {@code VideoProfile_240_320P_15_500kb}. */
    P240_320P_15_500_KBPS(28),
    /** 90x160, 15 fps. Vendor {@code VideoProfile_90_160P_15}. */
    P90_160P_15(29),
    /** Adaptive resolution. Vendor {@code AliRTCSDK_Video_Profile_Adaptive_Resolution}. */
    ADAPTIVE_RESOLUTION(30),
    /** End marker of the vendor range; not a usable profile. Vendor {@code AliRTCSDK_Video_Profile_Max}. */
    MAX(31);

    private static final VideoProfile[] VALUES = values();

    private final int code;

    VideoProfile(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoProfile> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
