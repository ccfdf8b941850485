package org.alirtc.local;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;

import org.alirtc.media.Pcm;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;

/**
 * FFmpeg's native AAC-LC encoder on mono 16-bit PCM. FFmpeg emits raw AAC frames of 1024 samples; each gets the
 * 7-byte ADTS header here, the only container the vendor supports ({@code user_specified_audio_observer_codec_format}
 * 0). The 10 ms inputs are collected until a whole AAC frame is there.
 */
final class FfmpegAacEncoder implements MediaEncoder {

    private static final int[] ADTS_RATES = {
        96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350
    };

    private final AVCodecContext context;
    private final AVFrame frame;
    private final AVPacket packet;
    private final int rateIndex;
    private final float[] pending;
    private int filled;
    private long samplesIn;

    FfmpegAacEncoder(int sampleRate, int bitrate) {
        rateIndex = rateIndex(sampleRate);
        AVCodec codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
        context = avcodec_alloc_context3(codec);
        context.sample_rate(sampleRate);
        context.sample_fmt(AV_SAMPLE_FMT_FLTP);
        context.bit_rate(bitrate);
        av_channel_layout_default(context.ch_layout(), 1);
        context.time_base().num(1).den(sampleRate);
        FfmpegCalls.check(
                avcodec_open2(context, codec, (org.bytedeco.ffmpeg.avutil.AVDictionary) null), "open the AAC encoder");
        frame = av_frame_alloc();
        frame.nb_samples(context.frame_size());
        frame.format(AV_SAMPLE_FMT_FLTP);
        frame.sample_rate(sampleRate);
        av_channel_layout_default(frame.ch_layout(), 1);
        FfmpegCalls.check(av_frame_get_buffer(frame, 0), "allocate an AAC input frame");
        packet = av_packet_alloc();
        pending = new float[context.frame_size()];
    }

    @Override
    public List<byte[]> encode(byte[] pcm, long ptsMs) {
        List<byte[]> out = new ArrayList<>(1);
        int samples = pcm.length / 2;
        for (int s = 0; s < samples; s++) {
            pending[filled++] = Pcm.sampleAt(pcm, 2 * s) / 32768f;
            if (filled == pending.length) {
                FfmpegCalls.check(av_frame_make_writable(frame), "reuse the AAC input frame");
                new FloatPointer(frame.data(0)).put(pending, 0, filled);
                frame.pts(samplesIn);
                samplesIn += filled;
                filled = 0;
                FfmpegCalls.check(avcodec_send_frame(context, frame), "encode AAC");
                FfmpegCalls.drainPackets(context, packet, raw -> out.add(adts(raw)));
            }
        }
        return out;
    }

    @Override
    public void close() {
        FfmpegCalls.free(context, frame, packet);
    }

    private byte[] adts(byte[] raw) {
        int length = raw.length + 7;
        byte[] out = new byte[length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xF1; // MPEG-4, layer 0, no CRC
        out[2] = (byte) ((1 << 6) | (rateIndex << 2)); // profile AAC LC (object type 2, written minus one)
        out[3] = (byte) ((1 << 6) | (length >> 11)); // one channel
        out[4] = (byte) (length >> 3);
        out[5] = (byte) (((length & 7) << 5) | 0x1F); // buffer fullness 0x7FF: variable bitrate
        out[6] = (byte) 0xFC;
        System.arraycopy(raw, 0, out, 7, raw.length);
        return out;
    }

    private static int rateIndex(int sampleRate) {
        for (int i = 0; i < ADTS_RATES.length; i++) {
            if (ADTS_RATES[i] == sampleRate) {
                return i;
            }
        }
        throw new IllegalArgumentException("AAC has no sampling frequency index for " + sampleRate + " Hz");
    }
}
