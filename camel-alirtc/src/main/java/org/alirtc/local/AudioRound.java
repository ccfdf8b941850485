package org.alirtc.local;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.alirtc.media.Pcm;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.ChannelCallback.FirstAudioPacketReceived;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.MediaCallback.AudioFrame;
import org.alirtc.sdk.ipc.MediaCallback.MixedAudioAac;
import org.alirtc.sdk.ipc.MediaCallback.UserAudioAac;
import org.alirtc.sdk.ipc.MediaCallback.UserAudioFrame;
import org.alirtc.sdk.ipc.MessageWriter;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioFrameType;

/**
 * One room's audio work for one 10 ms tick: takes 10 ms from every audio publisher's push buffer, ranks the
 * streams by loudness and delivers to every member.
 *
 * <p>Rules (where the vendor's behaviour is not documented in detail, its documented intent is followed):
 * <ul>
 * <li>Each receiver gets 16-bit mono PCM at its {@code user_specified_audio_observer_resample_rate}, or
 *     48 kHz when that is 0 or unset. Pushed audio is kept mono at the rate it was pushed at; each sender's
 *     stream is converted to a delivery rate once per tick (not at all when the rates match), by one resampler
 *     per sender and rate that stays continuous while the stream is in use, and mixes are summed at the delivery
 *     rate. Conversion and mixing are both linear, so this equals mixing at a common internal rate and
 *     converting the mix, at a fraction of the cost.</li>
 * <li>A receiver hears the remote publishers whose audio it subscribes, never itself. With audio ranking (on
 *     unless its extra sets {@code user_specified_disable_audio_ranking} "true") only the three loudest of those
 *     streams, by the RMS level of this tick's 10 ms, are mixed or delivered.</li>
 * <li>subscribeAudioFormat MixedPcm: OnSubscribeMixedAudioFrame (1023) every tick from join on, silence when
 *     nobody is heard; PcmBeforMixing: OnSubscribeAudioFrame (1022) per heard publisher that has audio in this
 *     tick. A receiver whose audio observer codec is AAC only (1) gets no PCM. With codec AAC (1) or both (2)
 *     and {@link Encoders} available, the same audio is also encoded to AAC ADTS at the delivery rate and the
 *     configured bitrate, one continuous stream per receiver (1027) or per receiver and sender (1026); an
 *     AAC frame holds 1024 samples, so packets come about every 21 ms at 48 kHz, not every tick.</li>
 * <li>Observers (command 66): 1069 is the receiver's own published audio (silence when it pushed nothing),
 *     1070 is what it hears plus what it publishes.</li>
 * <li>Mixes are saturating sums. Receivers hearing the same streams at the same rate share one mix, encoded
 *     once; large selections (ranking off) are the sum of all streams minus the few left out, so a room costs
 *     O(streams), not O(streams²).</li>
 * </ul>
 * Not thread-safe: one instance per room, used under the room's lock.
 */
final class AudioRound {

    private static final int RANKED_STREAMS = 3;
    private static final int MAX_SAMPLES_PER_TICK = 96_000 / 100;

    private record MixKey(long selection, int rate) {}

    private Participant[] present;
    private long tick;
    private byte[][] frames = new byte[0][];
    private int[] frameRates = new int[0];
    private double[] levels = new double[0];
    private int[] order = new int[0];
    private int[] selection = new int[0];
    private boolean[] selected = new boolean[0];
    private int audible;
    private final Map<MixKey, byte[]> mixes = new HashMap<>();
    private final Map<MixKey, byte[]> encodedMixes = new HashMap<>();
    private final Map<MixKey, byte[]> encodedUserFrames = new HashMap<>();
    private final Map<Integer, int[]> totals = new HashMap<>();
    private final Map<Integer, byte[]> silences = new HashMap<>();
    private final int[] accumulator = new int[MAX_SAMPLES_PER_TICK];

    void run(Participant[] members, long currentTick) {
        present = members;
        tick = currentTick;
        int n = members.length;
        if (frames.length < n) {
            frames = new byte[n][];
            frameRates = new int[n];
            levels = new double[n];
            order = new int[n];
            selection = new int[n];
            selected = new boolean[n];
        }
        pull();
        reportFirstPackets();
        mixes.clear();
        encodedMixes.clear();
        encodedUserFrames.clear();
        totals.clear();
        for (int j = 0; j < n; j++) {
            deliver(j);
        }
        Arrays.fill(frames, 0, n, null);
        present = null;
    }

    private void pull() {
        audible = 0;
        for (int i = 0; i < present.length; i++) {
            Participant p = present[i];
            byte[] frame = p.audioPublish.isOn() ? p.audio.pull() : null;
            if (frame != null && p.micMuted) {
                frame = null;
            }
            frames[i] = frame;
            frameRates[i] = frame == null ? 0 : p.audio.pulledRate();
            if (frame != null) {
                levels[i] = Pcm.rms(frame);
                int k = audible++;
                // Insertion sort by level, loudest first: rooms are small and mostly sorted already.
                while (k > 0 && levels[order[k - 1]] < levels[i]) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = i;
            }
        }
    }

    /**
     * OnFirstAudioPacketReceived (1071): the first audio of each remote publisher a member subscribes reaches it,
     * with the time since that member joined, whatever its audio format and ranking (the packet arrives even when
     * it is not among the loudest). Once per remote user and subscription, as a new subscription starts afresh.
     */
    private void reportFirstPackets() {
        long now = System.nanoTime();
        for (int k = 0; k < audible; k++) {
            Participant sender = present[order[k]];
            for (Participant receiver : present) {
                Participant.Subscription subscription = receiver.subscriptions.get(sender);
                if (subscription != null && !subscription.firstAudioReported && subscription.audio.isOn()) {
                    subscription.firstAudioReported = true;
                    receiver.out.control(
                            new FirstAudioPacketReceived(sender.userId, (now - receiver.joinedNanos) / 1_000_000L));
                }
            }
        }
    }

    private void deliver(int j) {
        Participant receiver = present[j];
        boolean mixed = receiver.receivesMixedPcm();
        boolean perUser = receiver.receivesPcmPerUser();
        boolean mixedAac = receiver.receivesMixedAac();
        boolean perUserAac = receiver.receivesAacPerUser();
        boolean published = receiver.publishObserver != null && receiver.audioPublish.isOn();
        boolean mixedAll = receiver.mixedAllObserver != null;
        if (!mixed && !perUser && !mixedAac && !perUserAac && !published && !mixedAll) {
            return;
        }
        int count = select(j);
        int rate = receiver.extra.deliveryRate();
        if (mixed) {
            receiver.out.media(encodedMix(count, rate));
        }
        if (perUser) {
            for (int k = 0; k < count; k++) {
                receiver.out.media(encodedUserFrame(selection[k], rate));
            }
        }
        if (mixedAac) {
            if (receiver.mixedAac == null) {
                receiver.mixedAac = Encoders.aac(rate, receiver.extra.aacBitrate());
            }
            for (byte[] adts : receiver.mixedAac.encode(mix(count, rate), tick * 10)) {
                receiver.out.media(new MixedAudioAac(aacFrame(rate, adts)));
            }
        }
        if (perUserAac) {
            for (int k = 0; k < count; k++) {
                Participant sender = present[selection[k]];
                Participant.Subscription subscription = receiver.subscriptions.get(sender);
                if (subscription.aac == null) {
                    subscription.aac = Encoders.aac(rate, receiver.extra.aacBitrate());
                }
                for (byte[] adts : subscription.aac.encode(frameAt(selection[k], rate), tick * 10)) {
                    receiver.out.media(new UserAudioAac(sender.userId, aacFrame(rate, adts)));
                }
            }
        }
        byte[] own = frames[j];
        if (published) {
            int observed = receiver.publishObserver.sampleRate();
            receiver.out.media(
                    receiver.publishObserver.frame(own == null ? silence(observed) : frameAt(j, observed), observed));
        }
        if (mixedAll) {
            int observed = receiver.mixedAllObserver.sampleRate();
            byte[] heard = mix(count, observed);
            receiver.out.media(
                    receiver.mixedAllObserver.frame(own == null ? heard : sum(heard, frameAt(j, observed)), observed));
        }
    }

    private AudioAacFrame aacFrame(int rate, byte[] adts) {
        return new AudioAacFrame(AudioFrameType.AAC_ADTS.code(), (int) (tick * 10), rate, 1, adts);
    }

    /** Fills {@code selection} with what {@code present[j]} hears this tick, loudest first; returns the count. */
    private int select(int j) {
        Participant receiver = present[j];
        boolean ranking = !receiver.extra.audioRankingDisabled();
        int count = 0;
        for (int k = 0; k < audible; k++) {
            int i = order[k];
            if (i != j && receiver.hearsAudioOf(present[i])) {
                selection[count++] = i;
                if (ranking && count == RANKED_STREAMS) {
                    break;
                }
            }
        }
        return count;
    }

    private byte[] encodedMix(int count, int rate) {
        MixKey key = new MixKey(count <= RANKED_STREAMS ? selectionKey(count) : -1, rate);
        byte[] cached = key.selection() < 0 ? null : encodedMixes.get(key);
        if (cached == null) {
            byte[] pcm = mix(count, rate);
            cached = MessageWriter.encode(
                    new AudioFrame(CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME, PcmFrames.tenMs(rate, 1, pcm)).encode(),
                    Direction.CORE_TO_CLIENT);
            if (key.selection() >= 0) {
                encodedMixes.put(key, cached);
            }
        }
        return cached;
    }

    private byte[] encodedUserFrame(int sender, int rate) {
        return encodedUserFrames.computeIfAbsent(
                new MixKey(sender, rate),
                key -> MessageWriter.encode(
                        new UserAudioFrame(present[sender].userId, PcmFrames.tenMs(rate, 1, frameAt(sender, rate)))
                                .encode(),
                        Direction.CORE_TO_CLIENT));
    }

    private byte[] frameAt(int sender, int rate) {
        return present[sender].ownFrameAt(frames[sender], frameRates[sender], rate, tick);
    }

    /** The mix of the current selection at {@code rate}, as PCM. */
    private byte[] mix(int count, int rate) {
        if (count == 0) {
            return silence(rate);
        }
        if (count == 1) {
            return frameAt(selection[0], rate);
        }
        if (count > RANKED_STREAMS) {
            return allBut(count, rate);
        }
        MixKey key = new MixKey(selectionKey(count), rate);
        byte[] cached = mixes.get(key);
        if (cached == null) {
            int samples = 0;
            for (int k = 0; k < count; k++) {
                samples = Math.max(samples, frameAt(selection[k], rate).length / 2);
            }
            Arrays.fill(accumulator, 0, samples, 0);
            for (int k = 0; k < count; k++) {
                mixInto(frameAt(selection[k], rate));
            }
            cached = toPcm(samples);
            mixes.put(key, cached);
        }
        return cached;
    }

    /** The mix of a large selection: the sum of every audible stream minus those not selected. */
    private byte[] allBut(int count, int rate) {
        int[] total = totals.get(rate);
        if (total == null) {
            int samples = 0;
            for (int k = 0; k < audible; k++) {
                samples = Math.max(samples, frameAt(order[k], rate).length / 2);
            }
            total = new int[samples];
            for (int k = 0; k < audible; k++) {
                Pcm.mixInto(total, frameAt(order[k], rate));
            }
            totals.put(rate, total);
        }
        System.arraycopy(total, 0, accumulator, 0, total.length);
        for (int k = 0; k < count; k++) {
            selected[selection[k]] = true;
        }
        for (int k = 0; k < audible; k++) {
            int i = order[k];
            if (!selected[i]) {
                byte[] pcm = frameAt(i, rate);
                for (int s = 0; s < pcm.length / 2; s++) {
                    accumulator[s] -= Pcm.sampleAt(pcm, 2 * s);
                }
            }
        }
        for (int k = 0; k < count; k++) {
            selected[selection[k]] = false;
        }
        return toPcm(total.length);
    }

    private byte[] silence(int rate) {
        return silences.computeIfAbsent(rate, r -> new byte[r / 100 * 2]);
    }

    private byte[] sum(byte[] a, byte[] b) {
        int samples = Math.max(a.length, b.length) / 2;
        Arrays.fill(accumulator, 0, samples, 0);
        mixInto(a);
        mixInto(b);
        return toPcm(samples);
    }

    private void mixInto(byte[] pcm) {
        for (int s = 0; s < pcm.length / 2; s++) {
            accumulator[s] += Pcm.sampleAt(pcm, 2 * s);
        }
    }

    private byte[] toPcm(int samples) {
        byte[] out = new byte[samples * 2];
        for (int s = 0; s < samples; s++) {
            Pcm.putSample(out, 2 * s, Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, accumulator[s])));
        }
        return out;
    }

    /** The current selection of at most three members as one number (16 bits per member index). */
    private long selectionKey(int count) {
        long key = count;
        for (int k = 0; k < count; k++) {
            key = (key << 16) | (selection[k] + 1);
        }
        return key;
    }
}
