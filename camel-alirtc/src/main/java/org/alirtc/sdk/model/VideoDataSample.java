package org.alirtc.sdk.model;

import java.util.Arrays;

/**
 * One raw video frame pushed into the engine. Build I420 frames with {@link #i420(byte[], int, int, long)}.
 * <p>The record keeps {@code data} as given, without copying, so pushing a frame costs no extra copy; do not change
 * the array until the push call has returned. Only the first {@code dataLength} bytes count, also for
 * {@link #equals(Object)} and {@link #hashCode()}.
 *
 * @param format      pixel or bitstream format
 * @param bufferType  buffer kind; {@link VideoBufferType#RAW_DATA} on Linux
 * @param data        frame bytes
 * @param dataLength  number of valid bytes at the start of {@code data}
 * @param strideY     bytes per row of the Y (or only) plane
 * @param strideU     bytes per row of the U plane, 0 if none
 * @param strideV     bytes per row of the V plane, 0 if none
 * @param width       width in pixels
 * @param height      height in pixels
 * @param rotation    clockwise rotation of the content in degrees
 * @param timestampMs presentation time in ms; used only with {@link PublishAvsyncMode#WITH_PTS}
 */
public record VideoDataSample(
        VideoDataFormat format,
        VideoBufferType bufferType,
        byte[] data,
        int dataLength,
        int strideY,
        int strideU,
        int strideV,
        int width,
        int height,
        int rotation,
        long timestampMs) {

    public VideoDataSample {
        Checks.notNull(format, "format", "pass a VideoDataFormat such as VideoDataFormat.I420");
        Checks.notNull(bufferType, "bufferType", "pass VideoBufferType.RAW_DATA");
        Checks.notNull(data, "data", "pass the frame bytes");
        if (dataLength <= 0 || dataLength > data.length) {
            throw new IllegalArgumentException("dataLength is " + dataLength + " but data holds " + data.length
                    + " bytes: use a dataLength from 1 to data.length");
        }
        Checks.atLeast(strideY, 0, "strideY");
        Checks.atLeast(strideU, 0, "strideU");
        Checks.atLeast(strideV, 0, "strideV");
        Checks.atLeast(width, 0, "width");
        Checks.atLeast(height, 0, "height");
    }

    /**
     * A tightly packed I420 frame: Y plane {@code width*height}, then U and V planes of
     * {@code ceil(width/2)*ceil(height/2)} bytes each, strides equal to the plane widths.
     *
     * @throws IllegalArgumentException if a dimension is not positive or {@code data} is shorter than the frame
     */
    public static VideoDataSample i420(byte[] data, int width, int height, long timestampMs) {
        Checks.notNull(data, "data", "pass the I420 frame bytes");
        Checks.atLeast(width, 1, "width");
        Checks.atLeast(height, 1, "height");
        int chromaWidth = (width + 1) / 2;
        long frameBytes = (long) width * height + 2L * chromaWidth * ((height + 1) / 2);
        if (frameBytes > data.length) {
            throw new IllegalArgumentException("An I420 frame of " + width + "x" + height + " needs " + frameBytes
                    + " bytes but data holds " + data.length + ": pass a full frame (Y, then U, then V planes)");
        }
        return new VideoDataSample(
                VideoDataFormat.I420,
                VideoBufferType.RAW_DATA,
                data,
                (int) frameBytes,
                width,
                chromaWidth,
                chromaWidth,
                width,
                height,
                0,
                timestampMs);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VideoDataSample that
                && format == that.format
                && bufferType == that.bufferType
                && dataLength == that.dataLength
                && strideY == that.strideY
                && strideU == that.strideU
                && strideV == that.strideV
                && width == that.width
                && height == that.height
                && rotation == that.rotation
                && timestampMs == that.timestampMs
                && Arrays.equals(data, 0, dataLength, that.data, 0, that.dataLength);
    }

    @Override
    public int hashCode() {
        int result = ByteArrays.hash(data, dataLength);
        result = 31 * result + format.hashCode();
        result = 31 * result + Long.hashCode(timestampMs);
        return 31 * result + width * 65_537 + height;
    }

    @Override
    public String toString() {
        return "VideoDataSample[format=" + format + ", bufferType=" + bufferType + ", data=" + dataLength + " of "
                + data.length + " bytes, strides=" + strideY + "/" + strideU + "/" + strideV + ", " + width + "x"
                + height + ", rotation=" + rotation + ", timestampMs=" + timestampMs + "]";
    }
}
