package org.alirtc.local;

import java.util.function.Consumer;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/** The FFmpeg calls every encoder of the local core makes the same way. */
final class FfmpegCalls {

    private FfmpegCalls() {}

    /** Turns FFmpeg's negative result codes into an exception that says what could not be done. */
    static void check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException("FFmpeg could not " + what + " (error " + result + ")");
        }
    }

    /** Hands each packet the encoder has ready to {@code sink} as its own array, and releases the packet's data. */
    static void drainPackets(AVCodecContext context, AVPacket packet, Consumer<byte[]> sink) {
        while (avcodec_receive_packet(context, packet) == 0) {
            byte[] bytes = new byte[packet.size()];
            packet.data().get(bytes);
            av_packet_unref(packet);
            sink.accept(bytes);
        }
    }

    /** Frees an encoder's native context, input frame and packet. */
    static void free(AVCodecContext context, AVFrame frame, AVPacket packet) {
        avcodec_free_context(context);
        av_frame_free(frame);
        av_packet_free(packet);
    }
}
