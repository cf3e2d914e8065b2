package se.brobygge.employers.internal.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.brobygge.employers.ParticipantRole;

/**
 * Seating for a series of sessions in which nobody sits with the same person twice: the parallel
 * classes of an affine plane over the finite field GF(q), q being the number of tables.
 *
 * <p>The people are laid out in rows of q; a row never shares a table (each table gets one person
 * of every row). In the session chosen by the field element μ, the person in row r and column c sits
 * at table {@code c + λ_r·μ}, where the λ_r are distinct field elements. Two people of rows r ≠ s and
 * columns c, d meet only where {@code c − d = (λ_s − λ_r)·μ}: for one μ at most. So up to q sessions
 * of the same people can be planned without any repeat table-mate, whatever order the sessions take.
 *
 * <p>The layout is fixed by the people alone (by role, then account number), so every session of
 * the series finds the same rows again: the first row holds newcomers and the second companies when
 * there are at least q of each, which puts a newcomer and a company at every table. It applies when
 * q is a prime power and there are no more rows than q; the engine checks the other hard rules
 * (languages) and falls back to its solver when a plan breaks them.
 */
final class SeriesDesign {

    private final GaloisField field;
    private final List<List<Guest>> rows;

    private SeriesDesign(GaloisField field, List<List<Guest>> rows) {
        this.field = field;
        this.rows = rows;
    }

    /** The design for these people at {@code tableCount} tables, when one exists. */
    static Optional<SeriesDesign> of(List<Guest> guests, int tableCount) {
        Optional<GaloisField> field = GaloisField.ofOrder(tableCount);
        int rowCount = (guests.size() + tableCount - 1) / tableCount;
        if (field.isEmpty() || rowCount > tableCount || guests.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Guest> byAccount = Comparator.comparingLong(Guest::accountId);
        List<Guest> newcomers = guests.stream()
                .filter(g -> g.role() == ParticipantRole.NEWCOMER)
                .sorted(byAccount)
                .toList();
        List<Guest> companies = guests.stream()
                .filter(g -> g.role() == ParticipantRole.COMPANY)
                .sorted(byAccount)
                .toList();
        List<Guest> ordered = new ArrayList<>();
        List<Guest> rest = new ArrayList<>();
        if (newcomers.size() >= tableCount && companies.size() >= tableCount) {
            ordered.addAll(newcomers.subList(0, tableCount));
            ordered.addAll(companies.subList(0, tableCount));
            rest.addAll(newcomers.subList(tableCount, newcomers.size()));
            rest.addAll(companies.subList(tableCount, companies.size()));
        } else {
            rest.addAll(newcomers);
            rest.addAll(companies);
        }
        guests.stream()
                .filter(g -> g.role() != ParticipantRole.NEWCOMER && g.role() != ParticipantRole.COMPANY)
                .sorted(Comparator.comparing(Guest::role).thenComparing(byAccount))
                .forEach(rest::add);
        ordered.addAll(rest);
        List<List<Guest>> rows = new ArrayList<>();
        for (int from = 0; from < ordered.size(); from += tableCount) {
            rows.add(List.copyOf(ordered.subList(from, Math.min(ordered.size(), from + tableCount))));
        }
        return Optional.of(new SeriesDesign(field.get(), rows));
    }

    /** How many sessions the design can plan without a repeat: one per field element. */
    int sessions() {
        return field.order();
    }

    /** The plan of the session given by field element {@code mu}: table number (from 1) per account. */
    Map<Long, Integer> plan(int mu) {
        Map<Long, Integer> tableOf = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int shift = field.times(r, mu);
            List<Guest> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                tableOf.put(row.get(c).accountId(), field.plus(c, shift) + 1);
            }
        }
        return tableOf;
    }

    /**
     * The finite field of order q = p^k: elements 0..q−1 stand for polynomials over GF(p) of degree
     * below k (digits in base p), multiplied modulo a monic irreducible polynomial of degree k.
     */
    static final class GaloisField {

        private final int order;
        private final int[][] plus;
        private final int[][] times;

        private GaloisField(int p, int k) {
            this.order = (int) Math.pow(p, k);
            int[] modulus = irreducible(p, k);
            plus = new int[order][order];
            times = new int[order][order];
            for (int a = 0; a < order; a++) {
                for (int b = 0; b < order; b++) {
                    plus[a][b] = encode(add(digits(a, p, k), digits(b, p, k), p), p);
                    times[a][b] = encode(reduce(multiply(digits(a, p, k), digits(b, p, k), p), modulus, p), p);
                }
            }
        }

        /** The field with {@code q} elements, when q is a prime power from 2 to 64. */
        static Optional<GaloisField> ofOrder(int q) {
            if (q < 2 || q > 64) {
                return Optional.empty();
            }
            int p = smallestFactor(q);
            int k = 0;
            int rest = q;
            while (rest % p == 0) {
                rest /= p;
                k++;
            }
            return rest == 1 ? Optional.of(new GaloisField(p, k)) : Optional.empty();
        }

        int order() {
            return order;
        }

        int plus(int a, int b) {
            return plus[a][b];
        }

        int times(int a, int b) {
            return times[a][b];
        }

        private static int smallestFactor(int n) {
            for (int f = 2; f * f <= n; f++) {
                if (n % f == 0) {
                    return f;
                }
            }
            return n;
        }

        /** Coefficients, lowest degree first. */
        private static int[] digits(int value, int p, int k) {
            int[] d = new int[k];
            for (int i = 0; i < k; i++) {
                d[i] = value % p;
                value /= p;
            }
            return d;
        }

        private static int encode(int[] d, int p) {
            int value = 0;
            for (int i = d.length - 1; i >= 0; i--) {
                value = value * p + d[i];
            }
            return value;
        }

        private static int[] add(int[] a, int[] b, int p) {
            int[] sum = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                sum[i] = (a[i] + b[i]) % p;
            }
            return sum;
        }

        private static int[] multiply(int[] a, int[] b, int p) {
            int[] product = new int[a.length + b.length - 1];
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    product[i + j] = (product[i + j] + a[i] * b[j]) % p;
                }
            }
            return product;
        }

        /** {@code a} modulo the monic {@code modulus} (degree k, k+1 coefficients); k coefficients back. */
        private static int[] reduce(int[] a, int[] modulus, int p) {
            int k = modulus.length - 1;
            int[] r = a.clone();
            for (int i = r.length - 1; i >= k; i--) {
                int factor = r[i];
                if (factor != 0) {
                    for (int j = 0; j <= k; j++) {
                        r[i - k + j] = ((r[i - k + j] - factor * modulus[j]) % p + p) % p;
                    }
                }
            }
            int[] result = new int[k];
            System.arraycopy(r, 0, result, 0, Math.min(k, r.length));
            return result;
        }

        /** A monic polynomial of degree k over GF(p) without a factor of lower degree. */
        private static int[] irreducible(int p, int k) {
            if (k == 1) {
                return new int[] {0, 1};
            }
            int candidates = (int) Math.pow(p, k);
            for (int low = 0; low < candidates; low++) {
                int[] poly = monic(low, p, k);
                boolean reducible = false;
                for (int degree = 1; degree <= k / 2 && !reducible; degree++) {
                    int divisors = (int) Math.pow(p, degree);
                    for (int d = 0; d < divisors && !reducible; d++) {
                        reducible = isZero(reduce(poly, monic(d, p, degree), p));
                    }
                }
                if (!reducible) {
                    return poly;
                }
            }
            throw new IllegalStateException("no irreducible polynomial of degree " + k + " over GF(" + p + ")");
        }

        private static int[] monic(int low, int p, int degree) {
            int[] poly = new int[degree + 1];
            System.arraycopy(digits(low, p, degree), 0, poly, 0, degree);
            poly[degree] = 1;
            return poly;
        }

        private static boolean isZero(int[] poly) {
            for (int c : poly) {
                if (c != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
