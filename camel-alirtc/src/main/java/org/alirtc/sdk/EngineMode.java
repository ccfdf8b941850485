package org.alirtc.sdk;

/** Which core service an engine drives. */
public enum EngineMode {
    /** The vendor's {@code AliRtcCoreService} executable, started as a child process. */
    SDK,
    /** The local core service with an emulated cloud, running in this JVM; needs no vendor binary. */
    LOCAL
}
