package org.beatbridge.geography.domain;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A (multi)polygon in the metric plane, as flat arrays of its ring edges bucketed by
 * horizontal bands, so that point-in-polygon and distance-to-boundary touch only the few
 * edges near the point and allocate nothing.
 */
final class PlanarArea {

	final double minX;

	final double minY;

	final double maxX;

	final double maxY;

	private final double[] ax;

	private final double[] ay;

	private final double[] bx;

	private final double[] by;

	private final double bandHeight;

	private final int bands;

	private final int[] bandStart;

	private final int[] bandEdges;

	PlanarArea(Geometry metric) {
		List<double[]> edges = new ArrayList<>();
		for (int p = 0; p < metric.getNumGeometries(); p++) {
			Polygon polygon = (Polygon) metric.getGeometryN(p);
			addRing(polygon.getExteriorRing(), edges);
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				addRing(polygon.getInteriorRingN(h), edges);
			}
		}
		int n = edges.size();
		this.ax = new double[n];
		this.ay = new double[n];
		this.bx = new double[n];
		this.by = new double[n];
		double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
		double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			double[] e = edges.get(i);
			this.ax[i] = e[0];
			this.ay[i] = e[1];
			this.bx[i] = e[2];
			this.by[i] = e[3];
			x0 = Math.min(x0, Math.min(e[0], e[2]));
			x1 = Math.max(x1, Math.max(e[0], e[2]));
			y0 = Math.min(y0, Math.min(e[1], e[3]));
			y1 = Math.max(y1, Math.max(e[1], e[3]));
		}
		this.minX = x0;
		this.minY = y0;
		this.maxX = x1;
		this.maxY = y1;
		// About one edge per band on average: dense stretches (shorelines, river bends)
		// stay short.
		this.bands = Math.max(1, n);
		this.bandHeight = Math.max((y1 - y0) / this.bands, 1e-9);
		int[] counts = new int[this.bands + 1];
		for (int i = 0; i < n; i++) {
			for (int b = band(Math.min(this.ay[i], this.by[i])); b <= band(Math.max(this.ay[i], this.by[i])); b++) {
				counts[b + 1]++;
			}
		}
		for (int b = 0; b < this.bands; b++) {
			counts[b + 1] += counts[b];
		}
		this.bandStart = counts.clone();
		this.bandEdges = new int[counts[this.bands]];
		int[] fill = counts.clone();
		for (int i = 0; i < n; i++) {
			for (int b = band(Math.min(this.ay[i], this.by[i])); b <= band(Math.max(this.ay[i], this.by[i])); b++) {
				this.bandEdges[fill[b]++] = i;
			}
		}
	}

	private static void addRing(LineString ring, List<double[]> edges) {
		Coordinate[] c = ring.getCoordinates();
		for (int i = 0; i + 1 < c.length; i++) {
			if (c[i].x != c[i + 1].x || c[i].y != c[i + 1].y) {
				edges.add(new double[] { c[i].x, c[i].y, c[i + 1].x, c[i + 1].y });
			}
		}
	}

	private int band(double y) {
		int b = (int) ((y - this.minY) / this.bandHeight);
		return (b < 0) ? 0 : Math.min(b, this.bands - 1);
	}

	/**
	 * Whether the point lies inside (even-odd over all rings, so holes and parts count
	 * right). A point exactly on an edge may go either way: callers that care measure
	 * {@link #distanceToBoundary}.
	 */
	boolean contains(double x, double y) {
		if (x < this.minX || x > this.maxX || y < this.minY || y > this.maxY) {
			return false;
		}
		int b = band(y);
		boolean inside = false;
		for (int k = this.bandStart[b], end = this.bandStart[b + 1]; k < end; k++) {
			int i = this.bandEdges[k];
			double y0 = this.ay[i];
			double y1 = this.by[i];
			if ((y0 > y) != (y1 > y)) {
				double xi = this.ax[i] + (y - y0) * (this.bx[i] - this.ax[i]) / (y1 - y0);
				if (x < xi) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	/**
	 * Distance from the point to the nearest edge, if that is at most {@code limit};
	 * otherwise some value above {@code limit}.
	 */
	double distanceToBoundary(double x, double y, double limit) {
		if (x < this.minX - limit || x > this.maxX + limit || y < this.minY - limit || y > this.maxY + limit) {
			return Double.POSITIVE_INFINITY;
		}
		double best2 = Double.POSITIVE_INFINITY;
		int last = band(y + limit);
		for (int b = band(y - limit); b <= last; b++) {
			for (int k = this.bandStart[b], end = this.bandStart[b + 1]; k < end; k++) {
				int i = this.bandEdges[k];
				double d2 = segmentDistanceSquared(x, y, this.ax[i], this.ay[i], this.bx[i], this.by[i]);
				if (d2 < best2) {
					best2 = d2;
				}
			}
		}
		return Math.sqrt(best2);
	}

	/**
	 * Hands every edge to the consumer.
	 */
	void forEachEdge(EdgeConsumer consumer) {
		for (int i = 0; i < this.ax.length; i++) {
			consumer.accept(this.ax[i], this.ay[i], this.bx[i], this.by[i]);
		}
	}

	int edgeCount() {
		return this.ax.length;
	}

	static double segmentDistanceSquared(double px, double py, double x0, double y0, double x1, double y1) {
		double dx = x1 - x0;
		double dy = y1 - y0;
		double len2 = dx * dx + dy * dy;
		double t = (len2 == 0) ? 0 : ((px - x0) * dx + (py - y0) * dy) / len2;
		if (t < 0) {
			t = 0;
		}
		else if (t > 1) {
			t = 1;
		}
		double ex = x0 + t * dx - px;
		double ey = y0 + t * dy - py;
		return ex * ex + ey * ey;
	}

	interface EdgeConsumer {

		void accept(double x0, double y0, double x1, double y1);

	}

}
