package pl.certbank.printing.control;

/**
 * A plane-to-plane projective map, here from sheet millimetres to scan pixels, fixed by four point pairs (the
 * registration marks): {@code (u, v) = ((h0 x + h1 y + h2) / w, (h3 x + h4 y + h5) / w)} with
 * {@code w = h6 x + h7 y + h8}. Four marks absorb shift, scale, rotation, skew and the perspective of a photographed
 * page alike.
 */
public final class Homography {

    private final double[] h;

    private Homography(double[] h) {
        this.h = h;
    }

    public static Homography of(double[] h) {
        return new Homography(h.clone());
    }

    /** The map taking {@code from[i]} to {@code to[i]} for four pairs; null when the points are degenerate. */
    public static Homography fit(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        h[8] = 1;
        return new Homography(h);
    }

    public double[] apply(double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** Pixels per millimetre around {@code (x, y)}. */
    public double scale(double x, double y) {
        double[] a = apply(x, y);
        double[] b = apply(x + 1, y);
        double[] c = apply(x, y + 1);
        return (Math.hypot(b[0] - a[0], b[1] - a[1]) + Math.hypot(c[0] - a[0], c[1] - a[1])) / 2;
    }

    public double[] values() {
        return h.clone();
    }
}
