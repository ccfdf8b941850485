package org.alirtc.sdk;

import org.alirtc.sdk.model.MediaLimits;
import org.alirtc.sdk.model.VideoDataFormat;
import org.alirtc.sdk.model.VideoDataSample;

/**
 * The engine's checks of pushed media that go beyond the limits in {@link MediaLimits}: each failure is an {@link
 * IllegalArgumentException} that says what was passed and how to fix it, thrown before anything is sent.
 */
final class EngineArguments {

    private EngineArguments() {}

    static void checkVideoFrame(VideoDataSample s) {
        int w = s.width();
        int h = s.height();
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("Video frame is " + w + "x" + h
                    + ": width and height must be positive; set them to the frame's size");
        }
        MediaLimits.checkVideoSize(w, h);
        if (s.format() == VideoDataFormat.I420) {
            long chromaRows = (h + 1) / 2;
            long strideY = s.strideY() > 0 ? s.strideY() : w;
            long strideU = s.strideU() > 0 ? s.strideU() : (w + 1) / 2;
            long strideV = s.strideV() > 0 ? s.strideV() : (w + 1) / 2;
            long expected = strideY * h + (strideU + strideV) * chromaRows;
            if (s.dataLength() != expected) {
                throw new IllegalArgumentException("An I420 frame of " + w + "x" + h + " with strides " + strideY
                        + "/" + strideU + "/" + strideV + " is " + expected + " bytes, but dataLength is "
                        + s.dataLength() + ": pass exactly one frame (Y, then U, then V planes)");
            }
        }
    }

    static void checkPushFormat(boolean enable, int sampleRate, int channels) {
        if (!enable) {
            return;
        }
        MediaLimits.checkPushSampleRate(sampleRate);
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("channels is " + channels + ": use 1 (mono) or 2 (stereo)");
        }
    }

    static void checkPcmLength(int length, int available) {
        if (length <= 0 || length > available) {
            throw new IllegalArgumentException("PCM length is " + length + " but the array holds " + available
                    + " bytes: use a length from 2 to the array length");
        }
        if ((length & 1) != 0) {
            throw new IllegalArgumentException("PCM length is " + length
                    + " bytes, an odd number: 16-bit samples take 2 bytes each, so pass whole samples");
        }
    }
}
