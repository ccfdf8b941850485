package org.alirtc.local;

/**
 * A publish or subscribe state as the vendor reports it: Idle 0, No(Publish|Subscribe) 1,
 * (Publishing|Subscribing) 2, (Published|Subscribed) 3. Turning on goes through 2 to 3, turning off goes to 1,
 * and each step is reported with the milliseconds since the previous one.
 */
final class TrackState {

    static final int IDLE = 0;
    static final int OFF = 1;
    static final int STARTING = 2;
    static final int ON = 3;

    /** Receives each step. */
    interface Steps {
        void step(int oldState, int newState, long elapsedMs);
    }

    private volatile int state = IDLE;
    private long changedNanos = System.nanoTime();

    boolean isOn() {
        return state == ON;
    }

    int state() {
        return state;
    }

    /** Moves on or off; returns whether anything changed. */
    boolean set(boolean on, Steps steps) {
        if (on) {
            if (state == ON) {
                return false;
            }
            if (state != STARTING) {
                step(STARTING, steps);
            }
            step(ON, steps);
            return true;
        }
        if (state != ON && state != STARTING) {
            return false;
        }
        step(OFF, steps);
        return true;
    }

    /** Back to Idle without a report, as after leaving a channel. */
    void reset() {
        state = IDLE;
        changedNanos = System.nanoTime();
    }

    private void step(int next, Steps steps) {
        long now = System.nanoTime();
        int old = state;
        long elapsedMs = (now - changedNanos) / 1_000_000;
        state = next;
        changedNanos = now;
        steps.step(old, next, elapsedMs);
    }
}
