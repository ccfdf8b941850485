package org.alirtc.sdk.ipc;

import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.JoinChannelConfig;

/**
 * The commands that create and destroy the engine, join and leave a channel, and act on the channel as a whole
 * (protocol spec sections 3.1, 3.2, 3.4 and 3.4c).
 */
public sealed interface ChannelCommand extends Command {

    /** Command 1. {@code h5mode} travels as 1 or 0 and {@code extra} as JSON text nested in a string. */
    record CreateRtcEngine(String logPath, boolean h5mode, String extra) implements ChannelCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.CREATE_RTC_ENGINE);
            h.put(WireKeys.LOG_PATH, logPath);
            h.put(WireKeys.H5MODE, h5mode ? 1 : 0);
            h.put(WireKeys.EXTRA, extra);
            return Message.command(h);
        }

        /** An {@code extra} sent as a JSON object rather than as a string is read as that object's text. */
        public static CreateRtcEngine decode(Message m) {
            JsonNode extra = m.header().get(WireKeys.EXTRA);
            return new CreateRtcEngine(
                    m.text(WireKeys.LOG_PATH),
                    m.bool(WireKeys.H5MODE),
                    extra == null || extra.isNull() ? null : extra.isTextual() ? extra.textValue() : extra.toString());
        }
    }

    /** Command 23; the core service answers by exiting. */
    record DestroyEngine() implements ChannelCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.DESTROY_ENGINE);
        }

        public static DestroyEngine decode(Message m) {
            return new DestroyEngine();
        }
    }

    /**
     * The {@code config} object the three joins share. A missing key reads as the vendor default, that of
     * {@link JoinChannelConfig#defaults()}.
     *
     * @param ttsVad the vendor's {@code enableTtsCallback}, renamed on the wire
     */
    record JoinSettings(
            boolean audioOnly,
            int channelProfile,
            int publishMode,
            int subscribeMode,
            int publishAvsyncMode,
            int maxAudioCacheSize,
            int maxVideoCacheSize,
            int subscribeVideoFormat,
            int subscribeAudioFormat,
            boolean ttsVad) {

        public static final JoinSettings DEFAULTS = of(JoinChannelConfig.defaults());

        public static JoinSettings of(JoinChannelConfig c) {
            return new JoinSettings(
                    c.audioOnly(),
                    c.channelProfile().code(),
                    c.publishMode().code(),
                    c.subscribeMode().code(),
                    c.publishAvsyncMode().code(),
                    c.maxAudioCacheSize(),
                    c.maxVideoCacheSize(),
                    c.subscribeVideoFormat().code(),
                    c.subscribeAudioFormat().code(),
                    c.enableTtsCallback());
        }

        ObjectNode encode() {
            ObjectNode o = ProtocolJson.object();
            o.put(WireKeys.IS_AUDIO_ONLY, audioOnly);
            o.put(WireKeys.CHANNEL_PROFILE, channelProfile);
            o.put(WireKeys.PUBLISH_MODE, publishMode);
            o.put(WireKeys.SUBSCRIBE_MODE, subscribeMode);
            o.put(WireKeys.PUBLISH_AVSYNC_MODE, publishAvsyncMode);
            o.put(WireKeys.PUBLISH_AVSYNC_WITH_PTS_MAX_AUDIO_CACHE_SIZE, maxAudioCacheSize);
            o.put(WireKeys.PUBLISH_AVSYNC_WITH_PTS_MAX_VIDEO_CACHE_SIZE, maxVideoCacheSize);
            o.put(WireKeys.SUBSCRIBE_VIDEO_FORMAT, subscribeVideoFormat);
            o.put(WireKeys.SUBSCRIBE_AUDIO_FORMAT, subscribeAudioFormat);
            o.put(WireKeys.TTS_VAD, ttsVad);
            return o;
        }

        /** Reads the {@code config} of a join header; a header without one gives {@link #DEFAULTS}. */
        static JoinSettings decode(Message m) {
            JsonNode c = m.header().path(WireKeys.CONFIG);
            JoinSettings d = DEFAULTS;
            return new JoinSettings(
                    c.path(WireKeys.IS_AUDIO_ONLY).asBoolean(d.audioOnly),
                    c.path(WireKeys.CHANNEL_PROFILE).asInt(d.channelProfile),
                    c.path(WireKeys.PUBLISH_MODE).asInt(d.publishMode),
                    c.path(WireKeys.SUBSCRIBE_MODE).asInt(d.subscribeMode),
                    c.path(WireKeys.PUBLISH_AVSYNC_MODE).asInt(d.publishAvsyncMode),
                    c.path(WireKeys.PUBLISH_AVSYNC_WITH_PTS_MAX_AUDIO_CACHE_SIZE)
                            .asInt(d.maxAudioCacheSize),
                    c.path(WireKeys.PUBLISH_AVSYNC_WITH_PTS_MAX_VIDEO_CACHE_SIZE)
                            .asInt(d.maxVideoCacheSize),
                    c.path(WireKeys.SUBSCRIBE_VIDEO_FORMAT).asInt(d.subscribeVideoFormat),
                    c.path(WireKeys.SUBSCRIBE_AUDIO_FORMAT).asInt(d.subscribeAudioFormat),
                    c.path(WireKeys.TTS_VAD).asBoolean(d.ttsVad));
        }
    }

    /** What the two joins with a single-parameter token (24 and 41) have in common. */
    interface TokenJoin {

        String token();

        String channel();

        String userId();

        String userName();

        JoinSettings config();
    }

    /** Command 24, the normal join. A null {@code userName} travels as JSON null. */
    record JoinChannelV2(String token, String channel, String userId, String userName, JoinSettings config)
            implements ChannelCommand, TokenJoin {

        @Override
        public Message encode() {
            ObjectNode h = tokenJoinHeader(CommandId.JOIN_CHANNEL_V2, this);
            h.set(WireKeys.CONFIG, config.encode());
            return Message.command(h);
        }

        public static JoinChannelV2 decode(Message m) {
            return new JoinChannelV2(
                    m.text(WireKeys.TOKEN),
                    m.text(WireKeys.CHANNEL),
                    m.text(WireKeys.USERID),
                    m.text(WireKeys.USERNAME),
                    JoinSettings.decode(m));
        }
    }

    /** Command 41, the join with a user parameter. */
    record JoinChannelV3(
            String token,
            String channel,
            String userId,
            String userName,
            int capabilityProfile,
            boolean useVoip,
            JoinSettings config)
            implements ChannelCommand, TokenJoin {

        @Override
        public Message encode() {
            ObjectNode h = tokenJoinHeader(CommandId.JOIN_CHANNEL_V3, this);
            h.put(WireKeys.CAPABILITY_PROFILE, capabilityProfile);
            h.put(WireKeys.USE_VOIP, useVoip);
            h.set(WireKeys.CONFIG, config.encode());
            return Message.command(h);
        }

        public static JoinChannelV3 decode(Message m) {
            return new JoinChannelV3(
                    m.text(WireKeys.TOKEN),
                    m.text(WireKeys.CHANNEL),
                    m.text(WireKeys.USERID),
                    m.text(WireKeys.USERNAME),
                    m.intValue(WireKeys.CAPABILITY_PROFILE, 0),
                    m.bool(WireKeys.USE_VOIP),
                    JoinSettings.decode(m));
        }
    }

    /**
     * The {@code authInfo} object of the multi-parameter join, in wire order. The client sends an unset nonce
     * or role as "", which is also what a missing one reads as.
     */
    record Credentials(
            String channel,
            String userId,
            String userName,
            String appId,
            String nonce,
            String role,
            String token,
            long timestamp) {

        ObjectNode encode() {
            ObjectNode o = ProtocolJson.object();
            o.put(WireKeys.CHANNEL, channel);
            o.put(WireKeys.USERID, userId);
            o.put(WireKeys.USERNAME, userName);
            o.put(WireKeys.APPID, appId);
            o.put(WireKeys.NONCE, nonce);
            o.put(WireKeys.ROLE, role);
            o.put(WireKeys.TOKEN, token);
            o.put(WireKeys.TIMESTAMP, timestamp);
            return o;
        }

        static Credentials decode(JsonNode a) {
            return new Credentials(
                    a.path(WireKeys.CHANNEL).asText(null),
                    a.path(WireKeys.USERID).asText(null),
                    a.path(WireKeys.USERNAME).asText(null),
                    a.path(WireKeys.APPID).asText(null),
                    a.path(WireKeys.NONCE).asText(""),
                    a.path(WireKeys.ROLE).asText(""),
                    a.path(WireKeys.TOKEN).asText(null),
                    a.path(WireKeys.TIMESTAMP).asLong(0));
        }
    }

    /** Command 2, the join with multi-parameter credentials. */
    record JoinChannel(Credentials authInfo, JoinSettings config) implements ChannelCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.JOIN_CHANNEL);
            h.set(WireKeys.AUTH_INFO, authInfo.encode());
            h.set(WireKeys.CONFIG, config.encode());
            return Message.command(h);
        }

        public static JoinChannel decode(Message m) {
            return new JoinChannel(Credentials.decode(m.header().path(WireKeys.AUTH_INFO)), JoinSettings.decode(m));
        }
    }

    /** Command 6. */
    record LeaveChannel() implements ChannelCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.LEAVE_CHANNEL);
        }

        public static LeaveChannel decode(Message m) {
            return new LeaveChannel();
        }
    }

    /**
     * Command 5.
     *
     * @param role the role code; empty when the header has none, and the core then keeps the current role
     */
    record SetClientRole(OptionalInt role) implements ChannelCommand {

        public SetClientRole(int role) {
            this(OptionalInt.of(role));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_CLIENT_ROLE);
            if (role.isPresent()) {
                h.put(WireKeys.ROLE, role.getAsInt());
            }
            return Message.command(h);
        }

        public static SetClientRole decode(Message m) {
            return new SetClientRole(CommandFields.optionalInt(m, WireKeys.ROLE));
        }
    }

    /** Command 21: the parameter text, usually itself JSON, nested as a string under the singular key. */
    record SetParameter(String param) implements ChannelCommand {

        @Override
        public Message encode() {
            return CommandFields.text(CommandId.SET_PARAMETER, WireKeys.PARAM, param);
        }

        public static SetParameter decode(Message m) {
            return new SetParameter(m.text(WireKeys.PARAM));
        }
    }

    /** Command 22. The message bytes are the payload; {@code dataLen} is their length. */
    record SendDataChannelMsg(DataChannelMessage message) implements ChannelCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SEND_DATA_CHANNEL_MSG);
            h.put(WireKeys.NETWORK_TIME, message.networkTime());
            h.put(WireKeys.PROGRESS, message.progress());
            h.put(WireKeys.TYPE, message.type());
            h.put(WireKeys.DATA_LEN, message.data().length);
            return Message.command(h, message.data());
        }

        public static SendDataChannelMsg decode(Message m) {
            return new SendDataChannelMsg(new DataChannelMessage(
                    m.intValue(WireKeys.TYPE, 0),
                    m.longValue(WireKeys.NETWORK_TIME, 0),
                    m.longValue(WireKeys.PROGRESS, 0),
                    m.payload()));
        }
    }

    /** Command 28. */
    record SetPeriodForCheckPeople(int seconds) implements ChannelCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.SET_PERIOD_FOR_CHECK_PEOPLE, WireKeys.SECONDS, seconds);
        }

        public static SetPeriodForCheckPeople decode(Message m) {
            return new SetPeriodForCheckPeople(m.intValue(WireKeys.SECONDS, 0));
        }
    }

    /** Command 29. */
    record LeaveOnceNoStreamer(boolean enable) implements ChannelCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.LEAVE_ONCE_NO_STREAMER, WireKeys.ENABLE, enable);
        }

        public static LeaveOnceNoStreamer decode(Message m) {
            return new LeaveOnceNoStreamer(m.bool(WireKeys.ENABLE));
        }
    }

    /** Command 40, answered by callback 1040. */
    record GetSdkVersion() implements ChannelCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.GET_SDK_VERSION);
        }

        public static GetSdkVersion decode(Message m) {
            return new GetSdkVersion();
        }
    }

    private static ObjectNode tokenJoinHeader(int commandId, TokenJoin join) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(WireKeys.TOKEN, join.token());
        h.put(WireKeys.CHANNEL, join.channel());
        h.put(WireKeys.USERID, join.userId());
        h.put(WireKeys.USERNAME, join.userName());
        return h;
    }
}
