package org.alirtc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alirtc.media.Pcm;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.VideoFrame;

/**
 * Counts received media per stream and prints one {@code MediaSummary} event per stream that had traffic in the
 * last second: frames, bytes, the audio level and the video size. Printing every frame would be 100 lines a second
 * per user. Streams are a remote user's audio and video ({@code stream=user}), the remote mix ({@code mixed}), and,
 * when an audio observer delivers them, the published audio ({@code published}) and everything mixed
 * ({@code mixed-all}).
 */
final class MediaMonitor {

    private final EventLog log;
    private final Map<String, StreamCounters> streams = new LinkedHashMap<>();

    MediaMonitor(EventLog log) {
        this.log = log;
    }

    /** Counts a PCM frame of {@code uid} on {@code stream}; {@code uid} is null for mixed streams. */
    void audio(String stream, String uid, AudioPcmFrame frame) {
        counters(stream, uid).addAudio(frame.data(), true);
    }

    /** Counts an encoded (AAC) audio frame; it has no level. */
    void encodedAudio(String stream, String uid, byte[] data) {
        counters(stream, uid).addAudio(data, false);
    }

    void video(String uid, VideoFrame frame) {
        counters("user", uid).addVideo(frame);
    }

    /** Prints and resets the counters of every stream that had traffic since the last call. */
    void printSummary() {
        List<Map<String, Object>> lines = new ArrayList<>();
        synchronized (streams) {
            for (StreamCounters counters : streams.values()) {
                Map<String, Object> line = counters.takeSummary();
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        lines.forEach(line -> log.emit("MediaSummary", line));
    }

    private StreamCounters counters(String stream, String uid) {
        String key = stream + "/" + uid;
        synchronized (streams) {
            return streams.computeIfAbsent(key, k -> new StreamCounters(stream, uid));
        }
    }

    /** The traffic of one stream since the last summary. */
    private static final class StreamCounters {

        private final String stream;
        private final String uid;
        private long audioFrames;
        private long audioBytes;
        private long pcmSamples;
        private double pcmSumSquares;
        private long videoFrames;
        private long videoBytes;
        private String videoSize;

        StreamCounters(String stream, String uid) {
            this.stream = stream;
            this.uid = uid;
        }

        synchronized void addAudio(byte[] data, boolean pcm) {
            audioFrames++;
            audioBytes += data.length;
            if (pcm) {
                for (int b = 0; b + 1 < data.length; b += 2) {
                    int s = Pcm.sampleAt(data, b);
                    pcmSumSquares += (double) s * s;
                }
                pcmSamples += data.length / 2;
            }
        }

        synchronized void addVideo(VideoFrame frame) {
            videoFrames++;
            videoBytes += frame.data().length;
            videoSize = frame.width() + "x" + frame.height();
        }

        synchronized Map<String, Object> takeSummary() {
            if (audioFrames == 0 && videoFrames == 0) {
                return null;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("stream", stream);
            line.put("uid", uid);
            line.put("audioFrames", audioFrames);
            line.put("audioBytes", audioBytes);
            line.put("audioLevelDbfs", pcmSamples == 0 ? null : levelDbfs());
            line.put("videoFrames", videoFrames);
            line.put("videoBytes", videoBytes);
            line.put("videoSize", videoSize);
            audioFrames = 0;
            audioBytes = 0;
            pcmSamples = 0;
            pcmSumSquares = 0;
            videoFrames = 0;
            videoBytes = 0;
            videoSize = null;
            return line;
        }

        // One decimal is all a person reading levels needs, and it keeps lines short.
        private double levelDbfs() {
            double rms = Math.sqrt(pcmSumSquares / pcmSamples);
            double dbfs = rms == 0 ? Pcm.SILENCE_DBFS : Math.max(Pcm.SILENCE_DBFS, 20 * Math.log10(rms / 32768));
            return Math.round(dbfs * 10) / 10.0;
        }
    }
}
