package org.alirtc.camel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link AliRtcConfiguration} field as an option of the shared {@link AliRtcSession}: the endpoints of one
 * session merge it, and two that set it to different values conflict. This annotation is the only list of session
 * options; {@link AliRtcSessionSettings} reads it, and the option's description ends its sentence with
 * "(session)" so that the documentation says the same (a test checks both agree).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface SessionOption {

    /** Where the merged value goes when the session starts. */
    Use value() default Use.SESSION;

    /** The name of the target's method or component when it differs from the option's name. */
    String into() default "";

    enum Use {
        /** Read from the merged configuration by the session, or rendered by hand where the mode matters. */
        SESSION,
        /** Passed to the {@code EngineOptions.Builder} method of the option's name. */
        ENGINE,
        /** Passed to the {@code JoinChannelConfig} wither of the option's name. */
        JOIN,
        /** Passed to the {@code EngineExtraFlags.Builder} method of the option's name. */
        EXTRA
    }
}
