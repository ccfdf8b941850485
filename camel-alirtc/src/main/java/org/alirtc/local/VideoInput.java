package org.alirtc.local;

import java.util.Arrays;

import org.alirtc.media.I420;
import org.alirtc.sdk.model.MediaLimits;

/**
 * Turns a pushed video frame (command 3) into a tightly packed I420 frame, the only video the local core
 * delivers. I420 with tight planes passes through byte for byte; padded I420 is repacked; RGB24, BGR24, BGRA,
 * NV12 and NV21 are converted (BT.601 limited range). A stride of 0 means "unpadded". Rotation is ignored.
 * H264 and H265 pushes cannot be decoded without a codec and are refused, as are unknown formats.
 *
 * <p>The protocol does not say whether {@code strideY} of a packed format (RGB24, BGR24, BGRA) counts pixels or
 * bytes, and clients use both: the vendor's own demo sends RGB24 with {@code strideY} = width in pixels. The
 * data length decides, see {@link #packedRowBytes}. For the planar formats a pixel is a byte, so both agree.
 */
final class VideoInput {

    private static final int FORMAT_BGRA = 0;
    private static final int FORMAT_I420 = 1;
    private static final int FORMAT_NV21 = 2;
    private static final int FORMAT_NV12 = 3;
    private static final int FORMAT_H264 = 4;
    private static final int FORMAT_H265 = 5;
    private static final int FORMAT_RGB24 = 6;
    private static final int FORMAT_BGR24 = 7;

    private VideoInput() {}

    /** Whether the vendor's "2K and above not supported" rule refuses this size. */
    static boolean isTooLarge(int width, int height) {
        return !MediaLimits.isVideoBelow2k(width, height);
    }

    /** Whether the format is one the local core can turn into I420. */
    static boolean isConvertible(int format) {
        return format == FORMAT_BGRA
                || format == FORMAT_I420
                || format == FORMAT_NV21
                || format == FORMAT_NV12
                || format == FORMAT_RGB24
                || format == FORMAT_BGR24;
    }

    static String formatName(int format) {
        return switch (format) {
            case FORMAT_BGRA -> "BGRA";
            case FORMAT_I420 -> "I420";
            case FORMAT_NV21 -> "NV21";
            case FORMAT_NV12 -> "NV12";
            case FORMAT_H264 -> "H264";
            case FORMAT_H265 -> "H265";
            case FORMAT_RGB24 -> "RGB24";
            case FORMAT_BGR24 -> "BGR24";
            default -> "unknown format " + format;
        };
    }

    /**
     * The frame as tight I420.
     *
     * @throws IllegalArgumentException when the size, strides or data length do not fit together
     */
    static byte[] toI420(int format, int width, int height, int strideY, int strideU, int strideV, byte[] data) {
        return switch (format) {
            case FORMAT_I420 -> planar(width, height, strideY, strideU, strideV, data);
            case FORMAT_RGB24 ->
                I420.fromRgb24(data, width, height, packedRowBytes("RGB24", 3, width, height, strideY, data.length));
            case FORMAT_BGR24 ->
                I420.fromBgr24(data, width, height, packedRowBytes("BGR24", 3, width, height, strideY, data.length));
            case FORMAT_BGRA ->
                I420.fromBgra(data, width, height, packedRowBytes("BGRA", 4, width, height, strideY, data.length));
            case FORMAT_NV12 ->
                I420.fromNv12(
                        data,
                        width,
                        height,
                        strideY > 0 ? strideY : width,
                        strideU > 0 ? strideU : 2 * I420.chromaWidth(width));
            case FORMAT_NV21 ->
                I420.fromNv21(
                        data,
                        width,
                        height,
                        strideY > 0 ? strideY : width,
                        strideU > 0 ? strideU : 2 * I420.chromaWidth(width));
            default -> throw new IllegalArgumentException(formatName(format) + " cannot be converted to I420");
        };
    }

    /**
     * The bytes per row of a packed frame whose {@code strideY} may count pixels or bytes. Pixels are taken when
     * the data is exactly {@code strideY} pixels by {@code height} rows (the vendor demo: stride = width, data =
     * w·h·3) or when only that reading fits the data; otherwise bytes.
     *
     * @throws IllegalArgumentException when neither reading fits the data
     */
    static int packedRowBytes(String name, int pixelBytes, int width, int height, int strideY, int dataLength) {
        int tight = width * pixelBytes;
        if (strideY <= 0) {
            return tight;
        }
        long asPixels = (long) strideY * pixelBytes;
        boolean pixelsFit = strideY >= width && fits(asPixels, tight, height, dataLength);
        boolean bytesFit = strideY >= tight && fits(strideY, tight, height, dataLength);
        if (pixelsFit && (!bytesFit || asPixels * height == dataLength)) {
            return (int) asPixels;
        }
        if (bytesFit) {
            return strideY;
        }
        String fix = "; pass strideY = " + width + " (pixels) or " + tight + " (bytes) with dataLen = "
                + (long) tight * height + " for unpadded rows";
        if (strideY < width) {
            throw new IllegalArgumentException(name + " strideY " + strideY + " is less than the width " + width
                    + " in pixels and " + tight + " in bytes" + fix);
        }
        throw new IllegalArgumentException(name + " frame of " + width + "x" + height + " with strideY " + strideY
                + " needs " + (asPixels * (height - 1) + tight) + " bytes (stride in pixels) or "
                + ((long) strideY * (height - 1) + tight) + " (stride in bytes) but dataLen is " + dataLength + fix);
    }

    private static boolean fits(long rowBytes, int tight, int height, int dataLength) {
        return rowBytes * (height - 1) + tight <= dataLength;
    }

    private static byte[] planar(int width, int height, int strideY, int strideU, int strideV, byte[] data) {
        int cw = I420.chromaWidth(width);
        int ch = I420.chromaHeight(height);
        int sy = strideY > 0 ? strideY : width;
        int su = strideU > 0 ? strideU : cw;
        int sv = strideV > 0 ? strideV : cw;
        if (sy == width && su == cw && sv == cw) {
            // Clients that push from a larger reusable buffer send more than the frame; the frame is its start.
            int size = I420.frameSize(width, height);
            I420.validate(width, height, Math.min(size, data.length));
            return data.length == size ? data : Arrays.copyOf(data, size);
        }
        if (sy < width || su < cw || sv < cw) {
            throw new IllegalArgumentException("I420 strides " + sy + "/" + su + "/" + sv + " are smaller than the "
                    + "planes of a " + width + "x" + height + " frame; pass strides of at least " + width + "/" + cw
                    + "/" + cw);
        }
        long needed = (long) sy * height + (long) su * ch + (long) sv * ch;
        if (data.length < needed) {
            throw new IllegalArgumentException("I420 frame of " + width + "x" + height + " with strides " + sy + "/"
                    + su + "/" + sv + " needs " + needed + " bytes but has " + data.length);
        }
        byte[] out = new byte[I420.frameSize(width, height)];
        copyPlane(data, 0, sy, out, 0, width, height);
        int uIn = sy * height;
        copyPlane(data, uIn, su, out, width * height, cw, ch);
        copyPlane(data, uIn + su * ch, sv, out, width * height + cw * ch, cw, ch);
        return out;
    }

    private static void copyPlane(byte[] in, int inOffset, int stride, byte[] out, int outOffset, int width, int rows) {
        for (int row = 0; row < rows; row++) {
            System.arraycopy(in, inOffset + row * stride, out, outOffset + row * width, width);
        }
    }
}
