package org.incentivelab.env.grid;

/**
 * The 6 actions of {@link Cleanup} with rotation disabled (reference code file {@code lio/env/ssd.py},
 * {@code disable_rotation_action}: "left, right, up, down, no-op, clean", original SSD indices 0, 1, 2, 3, 4, 8;
 * digest 001 §5.3). Moves are absolute because agents always face up; "up" decreases the row.
 */
public final class CleanupActions {
    /** Move one column left (x − 1). */
    public static final int LEFT = 0;
    /** Move one column right (x + 1). */
    public static final int RIGHT = 1;
    /** Move one row up (y − 1). */
    public static final int UP = 2;
    /** Move one row down (y + 1). */
    public static final int DOWN = 3;
    /** Stay. */
    public static final int STAY = 4;
    /** Stay and fire the cleaning beam upwards ({@link CleaningBeam}). */
    public static final int CLEAN = 5;
    /** Number of actions. */
    public static final int COUNT = 6;

    private static final int[] DX = {-1, 1, 0, 0, 0, 0};
    private static final int[] DY = {0, 0, -1, 1, 0, 0};
    private static final String[] NAMES = {"left", "right", "up", "down", "stay", "clean"};

    private CleanupActions() {
    }

    /** @param action an action in [0, 6), not checked @return its column step: −1, 0 or +1 */
    public static int dx(int action) {
        return DX[action];
    }

    /** @param action an action in [0, 6), not checked @return its row step: −1 (up), 0 or +1 (down) */
    public static int dy(int action) {
        return DY[action];
    }

    /**
     * @param action an action in [0, 6)
     * @return "left", "right", "up", "down", "stay" or "clean"
     * @throws IllegalArgumentException if {@code action} is out of range
     */
    public static String name(int action) {
        GameChecks.action(action, COUNT);
        return NAMES[action];
    }
}
