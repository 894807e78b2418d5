package pl.certbank.printing.control;

/**
 * A plane projective transform as nine numbers in row order, {@code h[8]} being 1: a point (x, y) goes to
 * ((h0·x + h1·y + h2) / w, (h3·x + h4·y + h5) / w) with w = h6·x + h7·y + h8. {@link SheetReader} keeps the one from
 * sheet millimetres to image pixels (pixel (i, j) covering [i, i+1) × [j, j+1), its centre at (i+0.5, j+0.5)).
 */
public final class Homography {

    private Homography() {
    }

    /**
     * The transform that takes each of the four points {@code from[k]} (x, y) to {@code to[k]}; null if three of them
     * lie on one line.
     */
    public static double[] of(double[][] from, double[][] to) {
        if (from.length != 4 || to.length != 4) {
            throw new IllegalArgumentException("a homography needs four point pairs");
        }
        double[][] a = new double[8][9];
        for (int k = 0; k < 4; k++) {
            double x = from[k][0];
            double y = from[k][1];
            double u = to[k][0];
            double v = to[k][1];
            a[2 * k] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * k + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        double[] h = solve(a);
        if (h == null) {
            return null;
        }
        double[] out = new double[9];
        System.arraycopy(h, 0, out, 0, 8);
        out[8] = 1;
        return out;
    }

    /** Where {@code h} takes (x, y). */
    public static double[] map(double[] h, double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** The inverse transform, scaled so that its last number is 1; null if {@code h} is singular. */
    public static double[] invert(double[] h) {
        double a = h[4] * h[8] - h[5] * h[7];
        double b = h[5] * h[6] - h[3] * h[8];
        double c = h[3] * h[7] - h[4] * h[6];
        double det = h[0] * a + h[1] * b + h[2] * c;
        if (Math.abs(det) < 1e-12) {
            return null;
        }
        double[] inv = {a, h[2] * h[7] - h[1] * h[8], h[1] * h[5] - h[2] * h[4], b, h[0] * h[8] - h[2] * h[6],
                h[2] * h[3] - h[0] * h[5], c, h[1] * h[6] - h[0] * h[7], h[0] * h[4] - h[1] * h[3]};
        double s = inv[8];
        if (Math.abs(s) < 1e-12) {
            s = det;
        }
        for (int i = 0; i < 9; i++) {
            inv[i] /= s;
        }
        return inv;
    }

    /** Gaussian elimination with partial pivoting of an n × (n+1) augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double f = a[row][col] / a[col][col];
                    if (f != 0) {
                        for (int k = col; k <= n; k++) {
                            a[row][k] -= f * a[col][k];
                        }
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
