package org.alirtc.local;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

import org.alirtc.media.I420;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;

/**
 * H264 from tight I420 with FFmpeg's default H264 encoder (OpenH264 in the JavaCPP build), which writes Annex B,
 * the only format the vendor supports ({@code user_specified_video_observer_codec_format} 0). One access unit out
 * per frame in (no B-frames), a key frame every two seconds at the nominal 30 fps so a late reader can start.
 */
final class FfmpegH264Encoder implements MediaEncoder {

    private static final int GOP_FRAMES = 60;

    private final int width;
    private final int height;
    private final AVCodecContext context;
    private final AVFrame frame;
    private final AVPacket packet;
    private long frames;

    FfmpegH264Encoder(int width, int height) {
        this.width = width;
        this.height = height;
        AVCodec codec = avcodec_find_encoder(AV_CODEC_ID_H264);
        if (codec == null) {
            throw new IllegalStateException("This FFmpeg build has no H264 encoder");
        }
        context = avcodec_alloc_context3(codec);
        context.width(width);
        context.height(height);
        context.pix_fmt(AV_PIX_FMT_YUV420P);
        context.time_base().num(1).den(30);
        context.framerate().num(30).den(1);
        context.gop_size(GOP_FRAMES);
        context.max_b_frames(0);
        context.bit_rate(Math.max(100_000L, (long) width * height * 3));
        FfmpegCalls.check(
                avcodec_open2(context, codec, (org.bytedeco.ffmpeg.avutil.AVDictionary) null), "open the H264 encoder");
        frame = av_frame_alloc();
        frame.width(width);
        frame.height(height);
        frame.format(AV_PIX_FMT_YUV420P);
        FfmpegCalls.check(av_frame_get_buffer(frame, 0), "allocate an H264 input frame");
        packet = av_packet_alloc();
    }

    @Override
    public List<byte[]> encode(byte[] i420, long ptsMs) {
        FfmpegCalls.check(av_frame_make_writable(frame), "reuse the H264 input frame");
        int cw = I420.chromaWidth(width);
        int ch = I420.chromaHeight(height);
        copyPlane(i420, 0, width, height, frame.data(0), frame.linesize(0));
        copyPlane(i420, width * height, cw, ch, frame.data(1), frame.linesize(1));
        copyPlane(i420, width * height + cw * ch, cw, ch, frame.data(2), frame.linesize(2));
        frame.pts(frames++);
        FfmpegCalls.check(avcodec_send_frame(context, frame), "encode H264");
        List<byte[]> out = new ArrayList<>(1);
        FfmpegCalls.drainPackets(context, packet, out::add);
        return out;
    }

    @Override
    public void close() {
        FfmpegCalls.free(context, frame, packet);
    }

    private static void copyPlane(byte[] src, int offset, int planeWidth, int rows, BytePointer dst, int stride) {
        for (int row = 0; row < rows; row++) {
            dst.position((long) row * stride).put(src, offset + row * planeWidth, planeWidth);
        }
        dst.position(0);
    }
}
