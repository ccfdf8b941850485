package org.alirtc.camel;

import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/** Decodes what the encoded message types carry with FFmpeg, the library local mode encodes with. */
final class EncodedMediaDecoder {

    /** What a stream decoded to: samples (audio) or the size of the last picture (video). */
    record Decoded(short[] samples, int sampleRate, int width, int height, int pictures) {}

    private EncodedMediaDecoder() {}

    /** Decodes ADTS AAC frames (mono) to 16-bit samples. */
    static Decoded aac(List<byte[]> adtsFrames) {
        short[] samples = new short[0];
        int rate = 0;
        AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_AAC);
        AVCodecContext context = avcodec_alloc_context3(codec);
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            check(avcodec_open2(context, codec, (AVDictionary) null));
            for (byte[] adts : adtsFrames) {
                send(context, packet, adts);
                while (avcodec_receive_frame(context, frame) == 0) {
                    if (frame.format() != AV_SAMPLE_FMT_FLTP) {
                        throw new AssertionError("unexpected AAC sample format " + frame.format());
                    }
                    rate = frame.sample_rate();
                    int n = frame.nb_samples();
                    float[] plane = new float[n];
                    new FloatPointer(frame.data(0)).get(plane);
                    short[] grown = java.util.Arrays.copyOf(samples, samples.length + n);
                    for (int i = 0; i < n; i++) {
                        grown[samples.length + i] = (short) Math.max(-32768, Math.min(32767, plane[i] * 32768));
                    }
                    samples = grown;
                }
            }
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            avcodec_free_context(context);
        }
        return new Decoded(samples, rate, 0, 0, 0);
    }

    /** Decodes H264 Annex B access units; returns the size of the pictures and how many there were. */
    static Decoded h264(List<byte[]> units) {
        int width = 0;
        int height = 0;
        int pictures = 0;
        AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_H264);
        AVCodecContext context = avcodec_alloc_context3(codec);
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            check(avcodec_open2(context, codec, (AVDictionary) null));
            for (byte[] unit : units) {
                send(context, packet, unit);
                while (avcodec_receive_frame(context, frame) == 0) {
                    width = frame.width();
                    height = frame.height();
                    pictures++;
                }
            }
            avcodec_send_packet(context, null);
            while (avcodec_receive_frame(context, frame) == 0) {
                width = frame.width();
                height = frame.height();
                pictures++;
            }
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            avcodec_free_context(context);
        }
        return new Decoded(new short[0], 0, width, height, pictures);
    }

    private static void send(AVCodecContext context, AVPacket packet, byte[] data) {
        BytePointer bytes = new BytePointer(data);
        try {
            packet.data(bytes);
            packet.size(data.length);
            check(avcodec_send_packet(context, packet));
        } finally {
            packet.data(null);
            packet.size(0);
            bytes.close();
        }
    }

    private static void check(int result) {
        if (result < 0) {
            throw new AssertionError("FFmpeg failed with error " + result);
        }
    }
}
