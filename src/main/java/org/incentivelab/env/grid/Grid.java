package org.incentivelab.env.grid;

/**
 * A rectangular grid of {@link Cell} types stored row-major in one byte array: the shared board of the grid games
 * ({@link Cleanup}, {@link CoinGame}).
 *
 * <p>Coordinates: {@code x} is the column in {@code [0, width)} growing to the right, {@code y} the row in
 * {@code [0, height)} growing downwards, so row 0 is the top line of an ASCII map and "up" means {@code y − 1}. The
 * flat index of {@code (x, y)} is {@code y·width + x}. Reads and writes never allocate.
 */
public final class Grid {
    private final int width;
    private final int height;
    private final byte[] cells;

    /**
     * An all-{@link Cell#EMPTY} grid.
     *
     * @param width number of columns, at least 1
     * @param height number of rows, at least 1
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public Grid(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("grid must be at least 1×1, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.cells = new byte[width * height];
    }

    /**
     * Parses an ASCII map with {@link Cell#fromSymbol(char)}; row 0 of the array is row {@code y = 0}.
     *
     * @param rows the map lines, at least one, all of the same non-zero length
     * @return a new grid holding the map's cells
     * @throws IllegalArgumentException if the map is empty or ragged or has an unknown character
     */
    public static Grid parse(String[] rows) {
        if (rows.length == 0 || rows[0].isEmpty()) {
            throw new IllegalArgumentException("map must have at least one non-empty row");
        }
        Grid grid = new Grid(rows[0].length(), rows.length);
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length() != grid.width) {
                throw new IllegalArgumentException(
                        "map row " + y + " has length " + rows[y].length() + ", expected " + grid.width);
            }
            for (int x = 0; x < grid.width; x++) {
                grid.cells[grid.index(x, y)] = Cell.fromSymbol(rows[y].charAt(x));
            }
        }
        return grid;
    }

    /** @return number of columns, at least 1 */
    public int width() {
        return width;
    }

    /** @return number of rows, at least 1 */
    public int height() {
        return height;
    }

    /** @return number of cells, width·height */
    public int size() {
        return cells.length;
    }

    /**
     * @param x column
     * @param y row
     * @return whether {@code (x, y)} lies on the grid
     */
    public boolean inBounds(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height;
    }

    /**
     * @param x column in {@code [0, width)}
     * @param y row in {@code [0, height)}
     * @return the flat index {@code y·width + x}; not range-checked
     */
    public int index(int x, int y) {
        return y * width + x;
    }

    /** @param index a flat index in {@code [0, size())} @return its column */
    public int xOf(int index) {
        return index % width;
    }

    /** @param index a flat index in {@code [0, size())} @return its row */
    public int yOf(int index) {
        return index / width;
    }

    /**
     * @param x column in {@code [0, width)}
     * @param y row in {@code [0, height)}
     * @return the {@link Cell} type at {@code (x, y)}
     * @throws ArrayIndexOutOfBoundsException if the flat index is outside the grid (no other check, for speed)
     */
    public int get(int x, int y) {
        return cells[y * width + x];
    }

    /**
     * @param index a flat index in {@code [0, size())}
     * @return the {@link Cell} type at that index
     */
    public int get(int index) {
        return cells[index];
    }

    /**
     * @param x column in {@code [0, width)}
     * @param y row in {@code [0, height)}
     * @param type the new {@link Cell} type, in {@code [0, Cell.TYPES)} (not checked)
     */
    public void set(int x, int y, int type) {
        cells[y * width + x] = (byte) type;
    }

    /**
     * @param index a flat index in {@code [0, size())}
     * @param type the new {@link Cell} type, in {@code [0, Cell.TYPES)} (not checked)
     */
    public void set(int index, int type) {
        cells[index] = (byte) type;
    }

    /**
     * @param x column
     * @param y row
     * @return whether {@code (x, y)} is on the grid and {@link Cell#walkable(int) walkable}
     */
    public boolean walkable(int x, int y) {
        return inBounds(x, y) && Cell.walkable(cells[y * width + x]);
    }

    /**
     * @param type a {@link Cell} type
     * @return number of cells of that type, in {@code [0, size()]}
     */
    public int count(int type) {
        int n = 0;
        for (byte c : cells) {
            if (c == type) {
                n++;
            }
        }
        return n;
    }

    /**
     * Overwrites every cell with the other grid's cells (used to restore a start state without allocating).
     *
     * @param other a grid of the same width and height
     * @throws IllegalArgumentException if the dimensions differ
     */
    public void copyFrom(Grid other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("cannot copy a " + other.width + "×" + other.height
                    + " grid into a " + width + "×" + height + " grid");
        }
        System.arraycopy(other.cells, 0, cells, 0, cells.length);
    }

    /** @return a deep copy of this grid */
    public Grid copy() {
        Grid g = new Grid(width, height);
        g.copyFrom(this);
        return g;
    }

    /** @return the map as ASCII lines joined by {@code '\n'}, in the characters of {@link Cell#symbol(int)} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(height * (width + 1));
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                sb.append('\n');
            }
            for (int x = 0; x < width; x++) {
                sb.append(Cell.symbol(get(x, y)));
            }
        }
        return sb.toString();
    }
}
