package dev.easel.image;

/** Powers of 3x3 symmetric positive semi-definite matrices via a cyclic Jacobi eigendecomposition. */
final class Symmetric3 {
    private Symmetric3() {
    }

    /** m^p = V diag(lambda^p) V^T; eigenvalues are floored at epsilon so negative powers stay finite. */
    static double[][] power(double[][] m, double p, double epsilon) {
        double[][] a = {m[0].clone(), m[1].clone(), m[2].clone()};
        double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
            if (off < 1e-30 * (1 + a[0][0] * a[0][0] + a[1][1] * a[1][1] + a[2][2] * a[2][2])) {
                break;
            }
            rotate(a, v, 0, 1);
            rotate(a, v, 0, 2);
            rotate(a, v, 1, 2);
        }
        double[][] out = new double[3][3];
        for (int k = 0; k < 3; k++) {
            double scaled = Math.pow(Math.max(a[k][k], 0) + epsilon, p);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    out[i][j] += v[i][k] * scaled * v[j][k];
                }
            }
        }
        return out;
    }

    /** One Jacobi rotation zeroing a[p][q]; columns of v accumulate the eigenvectors. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        if (a[p][q] == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < 3; k++) { // A <- A J
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < 3; k++) { // A <- J^T A
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < 3; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    static double[][] multiply(double[][] x, double[][] y) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[i][j] += x[i][k] * y[k][j];
                }
            }
        }
        return out;
    }
}
