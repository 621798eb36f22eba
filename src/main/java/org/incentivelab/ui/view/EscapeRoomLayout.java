package org.incentivelab.ui.view;

import org.incentivelab.env.EscapeRoom;

/**
 * The geometry of the Escape Room view for one canvas size and number of agents, in pixels: a header line; the
 * three places Lever, Start, Door as boxes from left to right with their names above and a text row below; the
 * door as an upright strip at the right of the Door box; the agents' tokens on a fixed grid inside each box (up to
 * ten per place); below, the per-agent bar chart with a legend row and two label rows (agent, role).
 */
final class EscapeRoomLayout {
    private final double width;
    private final double height;
    private final double fs;
    private final int agents;

    private final double pad;
    private final double boxWidth;
    private final double gap;
    private final double boxTop;
    private final double boxBottom;
    private final double diagramBottom;
    private final int columns;
    private final double cellWidth;
    private final double cellHeight;
    private final double radius;

    /**
     * @param width canvas width
     * @param height canvas height
     * @param fs font scale
     * @param agents N, 1 … 10
     */
    EscapeRoomLayout(double width, double height, double fs, int agents) {
        this.width = width;
        this.height = height;
        this.fs = fs;
        this.agents = agents;
        pad = 8 * fs;
        gap = Math.max(14 * fs, width * 0.07);
        boxWidth = (width - 2 * pad - 2 * gap) / 3;
        boxTop = 40 * fs;
        diagramBottom = Math.round(height * 0.56);
        boxBottom = Math.max(boxTop + 20, diagramBottom - 19 * fs);
        columns = (int) Math.ceil(Math.sqrt(agents));
        int rows = (agents + columns - 1) / columns;
        cellWidth = areaWidth(EscapeRoom.DOOR) / columns;
        cellHeight = areaHeight() / rows;
        radius = Math.max(4, Math.min(13 * fs, 0.42 * Math.min(cellWidth, cellHeight)));
    }

    /** @return whether this layout was made for these arguments */
    boolean fits(double w, double h, double scale, int n) {
        return width == w && height == h && fs == scale && agents == n;
    }

    /** @return the font scale */
    double fs() {
        return fs;
    }

    /** @return the canvas width */
    double width() {
        return width;
    }

    /** @return the outer margin */
    double pad() {
        return pad;
    }

    /** @return the vertical centre of the header line */
    double headerY() {
        return 11 * fs;
    }

    /** @return the vertical centre of the place names */
    double placeLabelY() {
        return 30 * fs;
    }

    /** @param place 0 lever, 1 start, 2 door @return the left edge of its box */
    double boxX(int place) {
        return pad + place * (boxWidth + gap);
    }

    /** @return the width of a place's box */
    double boxWidth() {
        return boxWidth;
    }

    /** @return the top of the boxes */
    double boxTop() {
        return boxTop;
    }

    /** @return the height of the boxes */
    double boxHeight() {
        return boxBottom - boxTop;
    }

    /** @return the vertical centre of the text row under the boxes (door count, arrow legend) */
    double textRowY() {
        return boxBottom + 10 * fs;
    }

    /** @return the door strip's width */
    double doorWidth() {
        return 12 * fs;
    }

    /** @return the door strip's height */
    double doorHeight() {
        return Math.min(boxHeight() * 0.8, 60 * fs);
    }

    /** @return the door strip's left edge */
    double doorX() {
        return boxX(EscapeRoom.DOOR) + boxWidth - doorWidth() - 5 * fs;
    }

    /** @return the door strip's top */
    double doorY() {
        return boxTop + (boxHeight() - doorHeight()) / 2;
    }

    /** @return the radius of a token */
    double radius() {
        return radius;
    }

    /**
     * @param place 0 lever, 1 start, 2 door
     * @param slot the token's rank among the {@code count} agents in that place
     * @param count how many agents stand there
     * @return the token's centre x
     */
    double tokenX(int place, int slot, int count) {
        int row = slot / columns;
        int rowsUsed = (count + columns - 1) / columns;
        int inRow = row < rowsUsed - 1 ? columns : count - row * columns;
        double centre = boxX(place) + 4 * fs + areaWidth(place) / 2;
        return centre + (slot % columns - (inRow - 1) / 2.0) * cellWidth;
    }

    /** @return the token's centre y; arguments as {@link #tokenX} */
    double tokenY(int slot, int count) {
        int rowsUsed = (count + columns - 1) / columns;
        return boxTop + 4 * fs + areaHeight() / 2 + (slot / columns - (rowsUsed - 1) / 2.0) * cellHeight;
    }

    /** @return the top of the bar chart's area (its legend row) */
    double barsTop() {
        return diagramBottom + 4 * fs;
    }

    /** @return the top of the bars' plot area */
    double plotTop() {
        return barsTop() + 18 * fs;
    }

    /** @return the bottom of the bars' plot area */
    double plotBottom() {
        return Math.max(plotTop() + 10, height - 30 * fs);
    }

    /** @return the vertical centre of the agent numbers under the bars */
    double agentLabelY() {
        return height - 21 * fs;
    }

    /** @return the vertical centre of the role labels under the agent numbers */
    double roleLabelY() {
        return height - 8 * fs;
    }

    /** @return the width of one agent's group of three bars */
    double groupWidth() {
        return (width - 2 * pad) / agents;
    }

    /** @param agent 0-based @return the left edge of its group */
    double groupX(int agent) {
        return pad + agent * groupWidth();
    }

    /** @return the width of one bar */
    double barWidth() {
        return Math.min(groupWidth() * 0.78 / 3, 26 * fs);
    }

    /** @return the agent whose bar group contains (x, y), or −1 */
    int groupAt(double x, double y) {
        if (y < plotTop() || y > height || x < pad || x >= width - pad) {
            return -1;
        }
        return Math.min(agents - 1, (int) ((x - pad) / groupWidth()));
    }

    private double areaWidth(int place) {
        return boxWidth - 8 * fs - (place == EscapeRoom.DOOR ? doorWidth() + 6 * fs : 0);
    }

    private double areaHeight() {
        return boxBottom - boxTop - 8 * fs;
    }
}
