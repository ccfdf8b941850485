package org.alirtc.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Helpers for tightly packed YUV 4:2:0 planar frames (I420): the Y plane ({@code w * h} bytes), then
 * U, then V, each {@code ((w + 1) / 2) * ((h + 1) / 2)} bytes. Rounding the chroma size up for odd
 * widths or heights means the last column or row of pixels still has its own chroma sample; for
 * even sizes this is the usual {@code (w / 2) * (h / 2)}.
 *
 * <p>Colour conversion uses ITU-R BT.601 with limited range (Y 16..235, U and V 16..240), the
 * convention of camera and video-call pipelines, with the common 8-bit fixed-point coefficients
 * (Y = ((66 R + 129 G + 25 B + 128) >> 8) + 16 and its inverse), which may land one code below the
 * exact value. Chroma is the average of each 2x2 pixel block.
 */
public final class I420 {

    private static final int[][] BARS = {
        {191, 191, 191}, {191, 191, 0}, {0, 191, 191}, {0, 191, 0},
        {191, 0, 191}, {191, 0, 0}, {0, 0, 191}, {0, 0, 0}
    };
    private static final int BOX_STEP = 4;

    /** Supplies the colour of pixel (x, y) as 0xRRGGBB. */
    @FunctionalInterface
    private interface RgbSource {
        int rgb(int x, int y);
    }

    private I420() {}

    /** Width of the U and V planes: {@code (w + 1) / 2}. */
    public static int chromaWidth(int width) {
        return (width + 1) / 2;
    }

    /** Height of the U and V planes: {@code (h + 1) / 2}. */
    public static int chromaHeight(int height) {
        return (height + 1) / 2;
    }

    /** Bytes of one I420 frame: {@code w * h + 2 * chromaWidth(w) * chromaHeight(h)}. */
    public static int frameSize(int width, int height) {
        requireDimensions(width, height);
        long size = (long) width * height + 2L * chromaWidth(width) * chromaHeight(height);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("An I420 frame of " + width + "x" + height
                    + " does not fit in a byte array; use a smaller resolution");
        }
        return (int) size;
    }

    /**
     * Checks that {@code length} bytes are exactly one I420 frame of {@code width x height}.
     *
     * @throws IllegalArgumentException naming the expected plane sizes
     */
    public static void validate(int width, int height, int length) {
        int expected = frameSize(width, height);
        if (length != expected) {
            int chroma = chromaWidth(width) * chromaHeight(height);
            throw new IllegalArgumentException("I420 frame of " + width + "x" + height + " needs " + expected
                    + " bytes (Y " + width * height + " + U " + chroma + " + V " + chroma + ") but got " + length
                    + "; check the width and height or pass tightly packed planes without row padding");
        }
    }

    /** Converts packed RGB24 (R, G, B bytes per pixel); {@code stride} is bytes per row, at least {@code 3 * width}. */
    public static byte[] fromRgb24(byte[] rgb, int width, int height, int stride) {
        return fromPacked(rgb, width, height, stride, 3, 0, 1, 2, "RGB24");
    }

    /** Converts packed BGR24 (B, G, R bytes per pixel); {@code stride} is bytes per row, at least {@code 3 * width}. */
    public static byte[] fromBgr24(byte[] bgr, int width, int height, int stride) {
        return fromPacked(bgr, width, height, stride, 3, 2, 1, 0, "BGR24");
    }

    /** Converts packed BGRA (B, G, R, A bytes per pixel; alpha ignored); {@code stride} is bytes per row, at least {@code 4 * width}. */
    public static byte[] fromBgra(byte[] bgra, int width, int height, int stride) {
        return fromPacked(bgra, width, height, stride, 4, 2, 1, 0, "BGRA");
    }

    /**
     * Converts NV12: a Y plane of {@code height} rows of {@code strideY} bytes, immediately followed by
     * one interleaved plane of {@code chromaHeight(height)} rows of {@code strideUv} bytes holding
     * U, V pairs.
     */
    public static byte[] fromNv12(byte[] nv12, int width, int height, int strideY, int strideUv) {
        return fromSemiPlanar(nv12, width, height, strideY, strideUv, 0, "NV12");
    }

    /** Converts NV21: laid out like {@link #fromNv12} but with V, U pairs. */
    public static byte[] fromNv21(byte[] nv21, int width, int height, int strideY, int strideUv) {
        return fromSemiPlanar(nv21, width, height, strideY, strideUv, 1, "NV21");
    }

    /** Decodes a frame into a new {@link BufferedImage#TYPE_INT_RGB} image. */
    public static BufferedImage toBufferedImage(byte[] i420, int width, int height) {
        validate(width, height, i420.length);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int cw = chromaWidth(width);
        int uPlane = width * height;
        int vPlane = uPlane + cw * chromaHeight(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int chroma = (y / 2) * cw + x / 2;
                int c = (i420[y * width + x] & 0xff) - 16;
                int d = (i420[uPlane + chroma] & 0xff) - 128;
                int e = (i420[vPlane + chroma] & 0xff) - 128;
                int r = clip8((298 * c + 409 * e + 128) >> 8);
                int g = clip8((298 * c - 100 * d - 208 * e + 128) >> 8);
                int b = clip8((298 * c + 516 * d + 128) >> 8);
                pixels[y * width + x] = r << 16 | g << 8 | b;
            }
        }
        return image;
    }

    /** Encodes any {@link BufferedImage} (alpha is ignored). */
    public static byte[] fromBufferedImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return encode(width, height, (x, y) -> argb[y * width + x]);
    }

    /** Decodes a frame and encodes it as PNG, e.g. for snapshots. */
    public static byte[] toPng(byte[] i420, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(toBufferedImage(i420, width, height), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing PNG to memory failed", e);
        }
        return png.toByteArray();
    }

    /**
     * A deterministic test frame: eight vertical 75% colour bars (white, yellow, cyan, green, magenta,
     * red, blue, black) and a full-white square that moves 4 pixels per frame, bouncing between the
     * left and right edges, so consecutive frames differ and a frozen stream is visible.
     */
    public static byte[] testPattern(int width, int height, int frameNumber) {
        requireDimensions(width, height);
        int box = Math.max(2, Math.min(width, height) / 6) & ~1;
        int travel = Math.max(0, width - box);
        int boxX = 0;
        if (travel > 0) {
            int position = (int) Math.floorMod((long) frameNumber * BOX_STEP, 2L * travel);
            boxX = position <= travel ? position : 2 * travel - position;
        }
        int boxLeft = boxX;
        int boxTop = Math.max(0, (height - box) / 2);
        return encode(width, height, (x, y) -> {
            if (x >= boxLeft && x < boxLeft + box && y >= boxTop && y < boxTop + box) {
                return 0xFFFFFF;
            }
            int[] bar = BARS[(int) ((long) x * BARS.length / width)];
            return bar[0] << 16 | bar[1] << 8 | bar[2];
        });
    }

    private static byte[] fromPacked(
            byte[] src, int width, int height, int stride, int pixelBytes, int red, int green, int blue, String name) {
        requireDimensions(width, height);
        if (stride < width * pixelBytes) {
            throw new IllegalArgumentException(
                    name + " stride " + stride + " is less than width " + width + " x " + pixelBytes
                            + " bytes; pass the number of bytes per row (" + width * pixelBytes + " when unpadded)");
        }
        requireLength(src.length, (long) stride * (height - 1) + (long) width * pixelBytes, name, width, height);
        return encode(width, height, (x, y) -> {
            int p = y * stride + x * pixelBytes;
            return (src[p + red] & 0xff) << 16 | (src[p + green] & 0xff) << 8 | (src[p + blue] & 0xff);
        });
    }

    private static byte[] fromSemiPlanar(
            byte[] src, int width, int height, int strideY, int strideUv, int uFirstOffset, String name) {
        requireDimensions(width, height);
        int cw = chromaWidth(width);
        int ch = chromaHeight(height);
        if (strideY < width || strideUv < 2 * cw) {
            throw new IllegalArgumentException(name + " strides Y " + strideY + " / UV " + strideUv
                    + " are too small for width " + width + "; they must be at least " + width + " and " + 2 * cw);
        }
        long uvPlane = (long) strideY * height;
        requireLength(src.length, uvPlane + (long) strideUv * (ch - 1) + 2L * cw, name, width, height);
        byte[] out = new byte[frameSize(width, height)];
        for (int y = 0; y < height; y++) {
            System.arraycopy(src, y * strideY, out, y * width, width);
        }
        int uOut = width * height;
        int vOut = uOut + cw * ch;
        for (int y = 0; y < ch; y++) {
            int row = (int) uvPlane + y * strideUv;
            for (int x = 0; x < cw; x++) {
                out[uOut + y * cw + x] = src[row + 2 * x + uFirstOffset];
                out[vOut + y * cw + x] = src[row + 2 * x + 1 - uFirstOffset];
            }
        }
        return out;
    }

    private static byte[] encode(int width, int height, RgbSource source) {
        byte[] out = new byte[frameSize(width, height)];
        int cw = chromaWidth(width);
        int ch = chromaHeight(height);
        int uPlane = width * height;
        int vPlane = uPlane + cw * ch;
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int sumR = 0;
                int sumG = 0;
                int sumB = 0;
                int count = 0;
                for (int y = 2 * cy; y < Math.min(height, 2 * cy + 2); y++) {
                    for (int x = 2 * cx; x < Math.min(width, 2 * cx + 2); x++) {
                        int rgb = source.rgb(x, y);
                        int r = rgb >> 16 & 0xff;
                        int g = rgb >> 8 & 0xff;
                        int b = rgb & 0xff;
                        out[y * width + x] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
                        sumR += r;
                        sumG += g;
                        sumB += b;
                        count++;
                    }
                }
                int denominator = 256 * count;
                int u = 128 + Math.floorDiv(-38 * sumR - 74 * sumG + 112 * sumB + denominator / 2, denominator);
                int v = 128 + Math.floorDiv(112 * sumR - 94 * sumG - 18 * sumB + denominator / 2, denominator);
                out[uPlane + cy * cw + cx] = (byte) clip8(u);
                out[vPlane + cy * cw + cx] = (byte) clip8(v);
            }
        }
        return out;
    }

    private static void requireDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "Frame size " + width + "x" + height + " is invalid; width and height must be positive");
        }
    }

    private static void requireLength(int actual, long needed, String name, int width, int height) {
        if (actual < needed) {
            throw new IllegalArgumentException(name + " buffer of " + actual + " bytes is too short for " + width + "x"
                    + height + " with the given stride(s); at least " + needed + " bytes are needed");
        }
    }

    private static int clip8(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
