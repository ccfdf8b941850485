package org.alirtc.camel;

import java.time.Duration;
import java.util.Arrays;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;

/**
 * Records {@link AudioPcmFrame} bodies into one WAV file per aggregation group:
 * <pre>{@code
 * from("alirtc:room1?userId=recorder&messageTypes=audio")
 *     .aggregate(header("CamelAliRtcUserId"), new WavAggregationStrategy())
 *         .completionTimeout(2000)
 *     .to("file:recordings");
 * }</pre>
 * On completion the body is the WAV file's bytes and {@code CamelFileName} is {@code <userId>.wav}, taken from the
 * {@code CamelAliRtcUserId} header of the first frame, or {@code mixed.wav} when that header is absent (mixed audio).
 * Mixed audio has no user id to correlate on, so aggregate it by a constant, for example
 * {@code .aggregate(constant("mixed"), new WavAggregationStrategy())}.
 * <p><b>Format:</b> every frame of a group must have the sample rate and channel count of the group's first frame;
 * a different frame is refused with an {@link IllegalArgumentException} (the exchange fails, the group keeps what
 * it has). Frames are not resampled, because a format change mid-stream means the upstream configuration changed.
 * <p><b>Length cap:</b> a group holds at most {@link #maxDuration()} of audio (default one hour). The frame that
 * reaches the cap completes the group at once (a recording may run past the cap by less than one frame), and the
 * next frame starts a new group. The file name is the same for every part, so for long recordings give the file
 * producer a unique name, for example {@code fileName=${header.CamelAliRtcUserId}-${date:now:yyyyMMdd-HHmmss}.wav}.
 * <p>The cap is limited to {@value #MAX_DURATION_LIMIT_SECONDS} seconds: a WAV is built in one byte array, and that
 * much 96 kHz stereo audio is what one array holds.
 * <p>The recording travels in an exchange property between frames, so use the aggregator's default in-memory
 * aggregation repository.
 */
public class WavAggregationStrategy implements AggregationStrategy {

    /** Default {@link #maxDuration()}. */
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(1);
    /** Largest allowed {@link #maxDuration()} in seconds (the most 96 kHz stereo audio one byte array holds). */
    public static final long MAX_DURATION_LIMIT_SECONDS = 5592; // (2^31 - 1 - 8 - 44) / 384000 bytes per second

    /** Exchange property holding a group's recording between frames. */
    static final String RECORDING_PROPERTY = "CamelAliRtcWavRecording";

    // The JVM refuses arrays within a few bytes of Integer.MAX_VALUE; the WAV header comes on top of the PCM.
    private static final long MAX_PCM_BYTES = Integer.MAX_VALUE - 8 - WavWriter.HEADER_SIZE;

    private static final String MIXED_FILE_NAME = "mixed.wav";

    private final Duration maxDuration;

    /** A strategy capping each recording at {@link #DEFAULT_MAX_DURATION}. */
    public WavAggregationStrategy() {
        this(DEFAULT_MAX_DURATION);
    }

    /**
     * A strategy capping each recording at {@code maxDuration}.
     *
     * @throws IllegalArgumentException when the duration is not positive or above {@value #MAX_DURATION_LIMIT_SECONDS} s
     */
    public WavAggregationStrategy(Duration maxDuration) {
        if (maxDuration == null
                || maxDuration.isNegative()
                || maxDuration.isZero()
                || maxDuration.compareTo(Duration.ofSeconds(MAX_DURATION_LIMIT_SECONDS)) > 0) {
            throw new IllegalArgumentException("WAV recording max duration " + maxDuration + " is invalid: use a"
                    + " positive duration of at most " + MAX_DURATION_LIMIT_SECONDS + " seconds, which is what one"
                    + " in-memory WAV can hold at 96 kHz stereo");
        }
        this.maxDuration = maxDuration;
    }

    /** The longest recording one group holds before it completes. */
    public Duration maxDuration() {
        return maxDuration;
    }

    /**
     * Appends the new exchange's frame to the group's recording.
     *
     * @throws IllegalArgumentException when the body is not an {@link AudioPcmFrame} or its format differs from the
     *                                  group's first frame
     */
    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        AudioPcmFrame frame = frameOf(newExchange);
        if (oldExchange == null) {
            Recording recording = new Recording(formatOf(frame), fileNameOf(newExchange), capBytes(frame));
            recording.append(frame);
            newExchange.setProperty(RECORDING_PROPERTY, recording);
            markCompleteWhenFull(newExchange, recording);
            return newExchange;
        }
        Recording recording = oldExchange.getProperty(RECORDING_PROPERTY, Recording.class);
        recording.append(frame);
        markCompleteWhenFull(oldExchange, recording);
        return oldExchange;
    }

    /** Turns the group's recording into the WAV body and sets {@code CamelFileName}. */
    @Override
    public void onCompletion(Exchange exchange) {
        Recording recording = exchange.getProperty(RECORDING_PROPERTY, Recording.class);
        if (recording == null) {
            return;
        }
        exchange.removeProperty(RECORDING_PROPERTY);
        exchange.getMessage().setBody(WavWriter.toWavBytes(recording.format, recording.pcm()));
        exchange.getMessage().setHeader(Exchange.FILE_NAME, recording.fileName);
    }

    private long capBytes(AudioPcmFrame frame) {
        long perSecond = formatOf(frame).bytesPerSecond();
        return maxDuration.getSeconds() * perSecond + maxDuration.getNano() * perSecond / 1_000_000_000L;
    }

    private static void markCompleteWhenFull(Exchange aggregated, Recording recording) {
        if (recording.isFull()) {
            aggregated.setProperty(ExchangePropertyKey.AGGREGATION_COMPLETE_CURRENT_GROUP, true);
        }
    }

    private static AudioPcmFrame frameOf(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof AudioPcmFrame frame) {
            return frame;
        }
        throw new IllegalArgumentException("WavAggregationStrategy needs AudioPcmFrame bodies but got "
                + (body == null ? "null" : body.getClass().getName())
                + "; aggregate the audio or mixedAudio messages of an alirtc consumer");
    }

    private static PcmFormat formatOf(AudioPcmFrame frame) {
        if (frame.sampleBits() != 8 * PcmFormat.BYTES_PER_SAMPLE) {
            throw new IllegalArgumentException("AudioPcmFrame has " + frame.sampleBits()
                    + "-bit samples but WAV recording supports 16-bit PCM only; deliver 16-bit PCM frames");
        }
        return PcmFormat.of(frame.sampleRate(), frame.channels());
    }

    private static String fileNameOf(Exchange exchange) {
        String userId = exchange.getMessage().getHeader(AliRtcConstants.USER_ID, String.class);
        return userId == null || userId.isBlank() ? MIXED_FILE_NAME : userId + ".wav";
    }

    /** PCM collected for one group; only touched under the aggregator's per-group lock. */
    private static final class Recording {

        private final PcmFormat format;
        private final String fileName;
        private final long capBytes;
        private byte[] buffer = new byte[0];
        private int length;

        Recording(PcmFormat format, String fileName, long capBytes) {
            this.format = format;
            this.fileName = fileName;
            this.capBytes = capBytes;
        }

        void append(AudioPcmFrame frame) {
            PcmFormat frameFormat = formatOf(frame);
            if (!frameFormat.equals(format)) {
                throw new IllegalArgumentException("Audio frame format " + frameFormat + " differs from " + format
                        + " of the recording " + fileName + "; record each format separately (correlate by user"
                        + " and keep the consumer's audio format fixed) or resample the frames first");
            }
            byte[] pcm = frame.data();
            Pcm.requireWholeSamples(pcm.length, format.channels());
            if ((long) length + pcm.length > MAX_PCM_BYTES) {
                throw new IllegalArgumentException("Audio frame of " + pcm.length + " bytes would make the recording "
                        + fileName + " larger than one in-memory WAV can hold; send frames of at most a few seconds");
            }
            if (buffer.length - length < pcm.length) {
                // Doubling keeps appends amortised O(1); the cap bounds the growth.
                long wanted = Math.max((long) length + pcm.length, Math.min(2L * buffer.length, capBytes));
                buffer = Arrays.copyOf(buffer, (int) Math.max(wanted, 4096));
            }
            System.arraycopy(pcm, 0, buffer, length, pcm.length);
            length += pcm.length;
        }

        boolean isFull() {
            return length >= capBytes;
        }

        byte[] pcm() {
            return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
        }
    }
}
