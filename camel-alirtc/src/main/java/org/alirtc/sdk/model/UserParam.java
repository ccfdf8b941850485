package org.alirtc.sdk.model;

/**
 * Who joins, for the property-carrying join. The vendor meant three constructors (only the last survives in its
 * Python code); all three are offered here, with the intended defaults: capability profile
 * {@link CapabilityProfile#AI_ROBOT}, VoIP off.
 *
 * @param channelId         channel to join
 * @param userId            user id
 * @param userName          display name
 * @param capabilityProfile what kind of participant the engine presents itself as
 * @param useVoip           whether the session bridges a SIP call
 */
public record UserParam(
        String channelId, String userId, String userName, CapabilityProfile capabilityProfile, boolean useVoip) {

    public UserParam {
        Checks.notNull(channelId, "channelId", "pass the channel id, or \"\" to leave it to the token");
        Checks.notNull(userId, "userId", "pass the user id, or \"\" to leave it to the token");
        Checks.notNull(userName, "userName", "pass a display name, or \"\" for none");
        Checks.notNull(capabilityProfile, "capabilityProfile", "pass a CapabilityProfile such as AI_ROBOT");
    }

    /** Empty ids and name, {@link CapabilityProfile#AI_ROBOT}, no VoIP. */
    public UserParam() {
        this("", "", "", CapabilityProfile.AI_ROBOT, false);
    }

    /** The given ids, the user id as display name, {@link CapabilityProfile#AI_ROBOT}, no VoIP. */
    public UserParam(String channelId, String userId) {
        this(channelId, userId, userId, CapabilityProfile.AI_ROBOT, false);
    }

    /** All but VoIP, which is off. */
    public UserParam(String channelId, String userId, String userName, CapabilityProfile capabilityProfile) {
        this(channelId, userId, userName, capabilityProfile, false);
    }
}
