package org.alirtc.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class I420Test {

    private static final int[][] COLOURS = {
        {0, 0, 0},
        {255, 255, 255},
        {255, 0, 0},
        {0, 255, 0},
        {0, 0, 255},
        {255, 255, 0},
        {0, 255, 255},
        {255, 0, 255},
        {128, 128, 128},
        {200, 100, 50},
        {16, 200, 240}
    };

    @Test
    void planeSizes() {
        assertEquals(460800, I420.frameSize(640, 480));
        assertEquals(3_110_400, I420.frameSize(1920, 1080));
        assertEquals(641 * 481 + 2 * 321 * 241, I420.frameSize(641, 481));
        assertEquals(1 + 2, I420.frameSize(1, 1));
    }

    @Test
    void validateExplainsTheExpectedLayout() {
        I420.validate(4, 2, 12);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> I420.validate(640, 480, 460000));
        assertEquals(
                "I420 frame of 640x480 needs 460800 bytes (Y 307200 + U 76800 + V 76800) but got 460000; "
                        + "check the width and height or pass tightly packed planes without row padding",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> I420.frameSize(0, 480));
    }

    @Test
    void bt601LimitedRangeValues() {
        assertEquals(Yuv.of(16, 128, 128), yuvOfFlat(0, 0, 0));
        assertEquals(Yuv.of(235, 128, 128), yuvOfFlat(255, 255, 255));
        assertEquals(Yuv.of(82, 90, 240), yuvOfFlat(255, 0, 0));
        assertEquals(Yuv.of(144, 54, 34), yuvOfFlat(0, 255, 0));
        assertEquals(Yuv.of(41, 240, 110), yuvOfFlat(0, 0, 255));
    }

    @Test
    void flatColoursSurviveRgbToI420AndBack() {
        for (int[] c : COLOURS) {
            for (int[] size : new int[][] {{4, 4}, {5, 3}, {1, 1}}) {
                int w = size[0];
                int h = size[1];
                int stride = w * 3 + 5;
                byte[] i420 = I420.fromRgb24(flatPacked(c, w, h, stride, 3, 0, 1, 2), w, h, stride);
                assertEquals(I420.frameSize(w, h), i420.length);
                BufferedImage image = I420.toBufferedImage(i420, w, h);
                assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        assertRgbClose(c, image.getRGB(x, y), Arrays.toString(c) + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void packedFormatsAgreeWithEachOther() {
        int w = 6;
        int h = 4;
        byte[] rgb = new byte[w * h * 3];
        byte[] bgr = new byte[w * h * 3];
        byte[] bgra = new byte[(w * 4 + 8) * h];
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] c = COLOURS[(y * w + x) % COLOURS.length];
                int p = (y * w + x) * 3;
                rgb[p] = (byte) c[0];
                rgb[p + 1] = (byte) c[1];
                rgb[p + 2] = (byte) c[2];
                bgr[p] = (byte) c[2];
                bgr[p + 1] = (byte) c[1];
                bgr[p + 2] = (byte) c[0];
                int q = y * (w * 4 + 8) + x * 4;
                bgra[q] = (byte) c[2];
                bgra[q + 1] = (byte) c[1];
                bgra[q + 2] = (byte) c[0];
                bgra[q + 3] = (byte) 0x80;
                argb.setRGB(x, y, 0x80 << 24 | c[0] << 16 | c[1] << 8 | c[2]);
            }
        }
        byte[] expected = I420.fromRgb24(rgb, w, h, w * 3);
        assertArrayEquals(expected, I420.fromBgr24(bgr, w, h, w * 3));
        assertArrayEquals(expected, I420.fromBgra(bgra, w, h, w * 4 + 8));
        assertArrayEquals(expected, I420.fromBufferedImage(argb));
    }

    @Test
    void semiPlanarFormatsAreDeinterleavedWithStrides() {
        int w = 5;
        int h = 3;
        byte[] i420 = I420.testPattern(w, h, 0);
        int cw = I420.chromaWidth(w);
        int ch = I420.chromaHeight(h);
        int strideY = 8;
        int strideUv = 10;
        byte[] nv12 = new byte[strideY * h + strideUv * ch];
        byte[] nv21 = new byte[nv12.length];
        Arrays.fill(nv12, (byte) 0x55);
        Arrays.fill(nv21, (byte) 0x55);
        for (int y = 0; y < h; y++) {
            System.arraycopy(i420, y * w, nv12, y * strideY, w);
            System.arraycopy(i420, y * w, nv21, y * strideY, w);
        }
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                byte u = i420[w * h + y * cw + x];
                byte v = i420[w * h + cw * ch + y * cw + x];
                int p = strideY * h + y * strideUv + 2 * x;
                nv12[p] = u;
                nv12[p + 1] = v;
                nv21[p] = v;
                nv21[p + 1] = u;
            }
        }
        assertArrayEquals(i420, I420.fromNv12(nv12, w, h, strideY, strideUv));
        assertArrayEquals(i420, I420.fromNv21(nv21, w, h, strideY, strideUv));
    }

    @Test
    void shortBuffersAndNarrowStridesAreRejected() {
        IllegalArgumentException stride =
                assertThrows(IllegalArgumentException.class, () -> I420.fromRgb24(new byte[100], 4, 4, 10));
        assertTrue(
                stride.getMessage().startsWith("RGB24 stride 10 is less than width 4 x 3 bytes"), stride.getMessage());
        IllegalArgumentException shortBuffer =
                assertThrows(IllegalArgumentException.class, () -> I420.fromBgra(new byte[60], 4, 4, 16));
        assertTrue(shortBuffer.getMessage().contains("at least 64 bytes"), shortBuffer.getMessage());
        assertThrows(IllegalArgumentException.class, () -> I420.fromNv12(new byte[10], 4, 2, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> I420.fromNv21(new byte[100], 4, 2, 3, 4));
    }

    @Test
    void pngDecodesToTheSameSizeAndColours() throws IOException {
        int w = 64;
        int h = 48;
        byte[] png = I420.toPng(I420.testPattern(w, h, 0), w, h);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, decoded.getWidth());
        assertEquals(h, decoded.getHeight());
        int[][] bars = {
            {191, 191, 191},
            {191, 191, 0},
            {0, 191, 191},
            {0, 191, 0},
            {191, 0, 191},
            {191, 0, 0},
            {0, 0, 191},
            {0, 0, 0}
        };
        for (int bar = 0; bar < bars.length; bar++) {
            assertRgbClose(bars[bar], decoded.getRGB(bar * 8 + 4, 2), "bar " + bar);
        }
        assertRgbClose(new int[] {255, 255, 255}, decoded.getRGB(2, h / 2), "box at the left edge on frame 0");
    }

    @Test
    void testPatternIsDeterministicAndTheBoxMoves() throws IOException {
        int w = 64;
        int h = 48;
        assertArrayEquals(I420.testPattern(w, h, 7), I420.testPattern(w, h, 7));
        assertFalse(Arrays.equals(I420.testPattern(w, h, 7), I420.testPattern(w, h, 8)));
        BufferedImage frame5 = I420.toBufferedImage(I420.testPattern(w, h, 5), w, h);
        assertRgbClose(new int[] {255, 255, 255}, frame5.getRGB(20 + 4, h / 2), "box moved 4 px per frame");
        assertRgbClose(new int[] {191, 191, 0}, frame5.getRGB(12, h / 2), "bar left of the box");
        assertArrayEquals(
                I420.testPattern(w, h, 0),
                I420.testPattern(w, h, 2 * (w - 8) / 4),
                "the box bounces back to the start");
        assertEquals(I420.frameSize(7, 5), I420.testPattern(7, 5, 3).length);
    }

    private static byte[] flatPacked(int[] c, int w, int h, int stride, int pixelBytes, int r, int g, int b) {
        byte[] out = new byte[stride * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * stride + x * pixelBytes;
                out[p + r] = (byte) c[0];
                out[p + g] = (byte) c[1];
                out[p + b] = (byte) c[2];
            }
        }
        return out;
    }

    private static Yuv yuvOfFlat(int r, int g, int b) {
        byte[] i420 = I420.fromRgb24(flatPacked(new int[] {r, g, b}, 2, 2, 6, 3, 0, 1, 2), 2, 2, 6);
        return Yuv.of(i420[0] & 0xff, i420[4] & 0xff, i420[5] & 0xff);
    }

    private record Yuv(int y, int u, int v) {
        static Yuv of(int y, int u, int v) {
            return new Yuv(y, u, v);
        }
    }

    private static void assertRgbClose(int[] expected, int rgb, String where) {
        int[] actual = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    expected[i],
                    actual[i],
                    3,
                    where + ": expected " + Arrays.toString(expected) + " but was " + Arrays.toString(actual));
        }
    }
}
