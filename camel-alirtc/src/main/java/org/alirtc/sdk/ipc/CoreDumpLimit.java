package org.alirtc.sdk.ipc;

import java.util.Locale;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifts a child's core-file size limit (RLIMIT_CORE, soft and hard) to unlimited with Linux {@code prlimit}, as the
 * vendor does in its pre-exec hook, so a crashing core service leaves a core file. Best effort: any failure is
 * logged and reported, never thrown, because a missing core file must not stop the service from starting.
 */
final class CoreDumpLimit {

    /** What became of the request. */
    enum Outcome {
        /** Both limits are now unlimited. */
        APPLIED,
        /** Not Linux, or JNA / libc could not be loaded. */
        UNSUPPORTED,
        /** The kernel refused (EPERM): raising the hard limit needs CAP_SYS_RESOURCE. */
        DENIED,
        /** Any other error, such as a process that has already gone. */
        FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(CoreDumpLimit.class);
    private static final int RLIMIT_CORE = 4;
    private static final int EPERM = 1;

    private CoreDumpLimit() {}

    static Outcome raiseToUnlimited(long pid) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            LOG.warn(
                    "Core dumps of pid {} left as they are: changing another process's limits needs Linux prlimit",
                    pid);
            return Outcome.UNSUPPORTED;
        }
        try {
            return Prlimit.raise(pid);
        } catch (LinkageError e) {
            LOG.warn(
                    "Core dumps of pid {} left as they are: JNA or libc prlimit is not available ({})",
                    pid,
                    e.toString());
            return Outcome.UNSUPPORTED;
        }
    }

    /** Everything that touches JNA, apart so that a missing JNA surfaces as a LinkageError caught above. */
    private static final class Prlimit {

        private static final NativeLong RLIM_INFINITY = new NativeLong(-1L);
        private static final LibC LIBC = Native.load("c", LibC.class);

        static Outcome raise(long pid) {
            RLimit wanted = new RLimit();
            wanted.rlimCur = RLIM_INFINITY;
            wanted.rlimMax = RLIM_INFINITY;
            RLimit previous = new RLimit();
            try {
                LIBC.prlimit((int) pid, RLIMIT_CORE, wanted, previous);
            } catch (LastErrorException e) {
                if (e.getErrorCode() == EPERM) {
                    LOG.warn(
                            "Core dumps of pid {} left as they are: raising RLIMIT_CORE to unlimited was refused"
                                    + " (EPERM); run with CAP_SYS_RESOURCE or raise the hard limit (ulimit -Hc) first",
                            pid);
                    return Outcome.DENIED;
                }
                LOG.warn("Core dumps of pid {} left as they are: prlimit failed with errno {}", pid, e.getErrorCode());
                return Outcome.FAILED;
            }
            LOG.info(
                    "RLIMIT_CORE of pid {} raised from soft {} hard {} to unlimited",
                    pid,
                    describe(previous.rlimCur),
                    describe(previous.rlimMax));
            return Outcome.APPLIED;
        }

        private static String describe(NativeLong limit) {
            return limit.longValue() == RLIM_INFINITY.longValue()
                    ? "unlimited"
                    : Long.toUnsignedString(limit.longValue());
        }
    }

    /** libc, loaded lazily by {@link Prlimit}. */
    interface LibC extends Library {
        int prlimit(int pid, int resource, RLimit newLimit, RLimit oldLimit) throws LastErrorException;
    }

    /** {@code struct rlimit}: two {@code rlim_t}, which are C longs on Linux. */
    @Structure.FieldOrder({"rlimCur", "rlimMax"})
    public static final class RLimit extends Structure {
        public NativeLong rlimCur = new NativeLong();
        public NativeLong rlimMax = new NativeLong();
    }
}
