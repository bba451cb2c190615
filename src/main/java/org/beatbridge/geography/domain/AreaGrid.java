package org.beatbridge.geography.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A uniform grid over a set of areas (beats or community areas) in the metric plane. A
 * cell that no boundary comes within {@code margin} of answers at once (one area, or
 * none); a cell a boundary crosses keeps its candidate areas for an exact test. The cost
 * of a lookup does not depend on the number of areas or of points looked up.
 */
final class AreaGrid {

	static final int OUTSIDE = -1;

	private final PlanarArea[] areas;

	private final double cellSize;

	private final double minX;

	private final double minY;

	private final int columns;

	private final int rows;

	/** Per cell: an area index (>= 0), OUTSIDE, or -2 - index into the mixed cells. */
	private final int[] cells;

	private final int[] mixedStart;

	private final int[] mixedAreas;

	AreaGrid(List<PlanarArea> areas, double cellSize, double margin) {
		this.areas = areas.toArray(new PlanarArea[0]);
		this.cellSize = cellSize;
		double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
		double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
		for (PlanarArea area : areas) {
			x0 = Math.min(x0, area.minX);
			y0 = Math.min(y0, area.minY);
			x1 = Math.max(x1, area.maxX);
			y1 = Math.max(y1, area.maxY);
		}
		this.minX = x0 - margin - cellSize;
		this.minY = y0 - margin - cellSize;
		this.columns = (int) Math.ceil((x1 + margin + cellSize - this.minX) / cellSize) + 1;
		this.rows = (int) Math.ceil((y1 + margin + cellSize - this.minY) / cellSize) + 1;
		this.cells = new int[this.columns * this.rows];
		long[] pairs = boundaryCells(margin);
		int mixed = 0;
		for (int i = 0; i < pairs.length; i++) {
			if (i == 0 || (pairs[i] >>> 20) != (pairs[i - 1] >>> 20)) {
				mixed++;
			}
		}
		this.mixedStart = new int[mixed + 1];
		this.mixedAreas = new int[pairs.length];
		Arrays.fill(this.cells, Integer.MIN_VALUE);
		int m = -1;
		for (int i = 0; i < pairs.length; i++) {
			int cell = (int) (pairs[i] >>> 20);
			if (i == 0 || (pairs[i] >>> 20) != (pairs[i - 1] >>> 20)) {
				m++;
				this.mixedStart[m] = i;
				this.cells[cell] = -2 - m;
			}
			this.mixedAreas[i] = (int) (pairs[i] & 0xFFFFF);
		}
		this.mixedStart[mixed] = pairs.length;
		fillUncrossedCells();
	}

	/**
	 * Sorted, distinct (cell, area) pairs for every cell an area's boundary comes within
	 * {@code margin} of. Long edges are cut into pieces no longer than a cell so a
	 * diagonal street marks only the cells along it.
	 */
	private long[] boundaryCells(double margin) {
		long[][] buffer = { new long[1 << 16] };
		int[] size = { 0 };
		for (int a = 0; a < this.areas.length; a++) {
			long area = a;
			this.areas[a].forEachEdge((x0, y0, x1, y1) -> {
				int pieces = Math.max(1, (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / this.cellSize));
				for (int p = 0; p < pieces; p++) {
					double sx = x0 + (x1 - x0) * p / pieces;
					double sy = y0 + (y1 - y0) * p / pieces;
					double ex = x0 + (x1 - x0) * (p + 1) / pieces;
					double ey = y0 + (y1 - y0) * (p + 1) / pieces;
					int c0 = column(Math.min(sx, ex) - margin);
					int c1 = column(Math.max(sx, ex) + margin);
					int r0 = row(Math.min(sy, ey) - margin);
					int r1 = row(Math.max(sy, ey) + margin);
					for (int r = r0; r <= r1; r++) {
						for (int c = c0; c <= c1; c++) {
							if (size[0] == buffer[0].length) {
								buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
							}
							buffer[0][size[0]++] = ((long) (r * this.columns + c) << 20) | area;
						}
					}
				}
			});
		}
		long[] pairs = Arrays.copyOf(buffer[0], size[0]);
		Arrays.sort(pairs);
		int distinct = 0;
		for (int i = 0; i < pairs.length; i++) {
			if (i == 0 || pairs[i] != pairs[i - 1]) {
				pairs[distinct++] = pairs[i];
			}
		}
		return Arrays.copyOf(pairs, distinct);
	}

	/**
	 * Cells no boundary comes near lie wholly in one area or in none. Along a row, a run
	 * of such cells needs one exact test: no boundary separates neighbouring cells of the
	 * run.
	 */
	private void fillUncrossedCells() {
		for (int r = 0; r < this.rows; r++) {
			int runArea = Integer.MIN_VALUE;
			for (int c = 0; c < this.columns; c++) {
				int i = r * this.columns + c;
				if (this.cells[i] != Integer.MIN_VALUE) {
					runArea = Integer.MIN_VALUE;
					continue;
				}
				if (runArea == Integer.MIN_VALUE) {
					runArea = containingArea(this.minX + (c + 0.5) * this.cellSize,
							this.minY + (r + 0.5) * this.cellSize);
				}
				this.cells[i] = runArea;
			}
		}
	}

	private int containingArea(double x, double y) {
		for (int a = 0; a < this.areas.length; a++) {
			if (this.areas[a].contains(x, y)) {
				return a;
			}
		}
		return OUTSIDE;
	}

	private int column(double x) {
		int c = (int) Math.floor((x - this.minX) / this.cellSize);
		return (c < 0) ? 0 : Math.min(c, this.columns - 1);
	}

	private int row(double y) {
		int r = (int) Math.floor((y - this.minY) / this.cellSize);
		return (r < 0) ? 0 : Math.min(r, this.rows - 1);
	}

	/**
	 * The cell's code: an area index when the whole cell (and a margin) lies in that
	 * area, {@link #OUTSIDE} when it lies in none, otherwise a negative mixed-cell code
	 * for {@link #candidates}.
	 */
	int cellCode(double x, double y) {
		double fx = (x - this.minX) / this.cellSize;
		double fy = (y - this.minY) / this.cellSize;
		if (!(fx >= 0 && fy >= 0 && fx < this.columns && fy < this.rows)) {
			return OUTSIDE;
		}
		return this.cells[(int) fy * this.columns + (int) fx];
	}

	/**
	 * The area containing the point, or {@link #OUTSIDE}.
	 */
	int areaAt(double x, double y) {
		int code = cellCode(x, y);
		if (code >= OUTSIDE) {
			return code;
		}
		int m = -2 - code;
		for (int k = this.mixedStart[m], end = this.mixedStart[m + 1]; k < end; k++) {
			int a = this.mixedAreas[k];
			if (this.areas[a].contains(x, y)) {
				return a;
			}
		}
		return OUTSIDE;
	}

	/**
	 * The area whose boundary is nearest to a point inside no area, if within
	 * {@code limit}; {@link #OUTSIDE} otherwise. The areas crossing the point's cell are
	 * tried first: when one is nearer than the cell's edge, no other area can be nearer.
	 */
	int nearestArea(double x, double y, double limit) {
		int code = cellCode(x, y);
		if (code < OUTSIDE) {
			int m = -2 - code;
			int nearest = OUTSIDE;
			double best = Double.POSITIVE_INFINITY;
			for (int k = this.mixedStart[m], end = this.mixedStart[m + 1]; k < end; k++) {
				int a = this.mixedAreas[k];
				double distance = this.areas[a].distanceToBoundary(x, y, limit);
				if (distance < best) {
					best = distance;
					nearest = a;
				}
			}
			double cellX = this.minX + Math.floor((x - this.minX) / this.cellSize) * this.cellSize;
			double cellY = this.minY + Math.floor((y - this.minY) / this.cellSize) * this.cellSize;
			double toEdge = Math.min(Math.min(x - cellX, cellX + this.cellSize - x),
					Math.min(y - cellY, cellY + this.cellSize - y));
			if (best <= toEdge) {
				return (best <= limit) ? nearest : OUTSIDE;
			}
		}
		int nearest = OUTSIDE;
		double best = Double.POSITIVE_INFINITY;
		for (int a = 0; a < this.areas.length; a++) {
			double distance = this.areas[a].distanceToBoundary(x, y, limit);
			if (distance <= limit && distance < best) {
				best = distance;
				nearest = a;
			}
		}
		return nearest;
	}

	/**
	 * Where the areas whose boundaries come near a mixed cell start in
	 * {@link #candidate(int)}; they ascend.
	 */
	int candidatesStart(int code) {
		return this.mixedStart[-2 - code];
	}

	int candidatesEnd(int code) {
		return this.mixedStart[-1 - code];
	}

	int candidate(int k) {
		return this.mixedAreas[k];
	}

	PlanarArea area(int index) {
		return this.areas[index];
	}

	int size() {
		return this.areas.length;
	}

	int cellCount() {
		return this.cells.length;
	}

	int mixedCellCount() {
		return this.mixedStart.length - 1;
	}

	long approximateBytes() {
		return 4L * (this.cells.length + this.mixedStart.length + this.mixedAreas.length);
	}

}
