package org.innovatorpassport.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark programs that print plain-text tables: {@code mvn -Pbench -pl it exec:java}. They time
 * things on whatever machine runs them and assert nothing, so a slow machine can never fail a
 * build; a benchmark that breaks prints why and the others still run.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.UK, "Innovator Passport benchmarks: Java %s, %d processors, max heap %d MiB%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        measure("Evidence PDF ingest (PdfInspector, 100-page text PDF)", PdfIngestBenchmark.HEADER,
                () -> new PdfIngestBenchmark().measure());
        measure("Passport certificate rendering (CertificateRenderer, 10 evidence items)", CertificateBenchmark.HEADER,
                () -> new CertificateBenchmark().measure());
        String url = System.getProperty("bench.url");
        if (url == null) {
            System.out.println("Sign-in flood (GET /api/me while 8 connections guess passwords)\n"
                    + "  not measured: it needs a running server, -Dbench.url=http://127.0.0.1:8080\n");
        } else {
            try {
                List<List<String>> rows = new SignInFloodBenchmark(url,
                        java.time.Duration.ofSeconds(Long.getLong("bench.seconds", 20))).measure();
                System.out.println(table("Signed-in users' GET /api/me, alone and under a flood of wrong passwords (" + url + ")",
                        SignInFloodBenchmark.HEADER, rows));
                System.out.println(SignInFloodBenchmark.verdict(rows));
            } catch (Exception | Error e) {
                System.out.println("Sign-in flood\n  not measured: " + e + "\n");
            }
        }
    }

    interface Measurement {
        List<String> row() throws Exception;
    }

    private static void measure(String title, List<String> header, Measurement measurement) {
        try {
            System.out.println(table(title, header, List.of(measurement.row())));
        } catch (Exception | Error e) {
            System.out.println(title + "\n  not measured: " + e + "\n");
        }
    }

    static String table(String title, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append('+').append("-".repeat(width + 2));
        }
        rule.append("+\n");
        out.append(rule);
        for (int r = 0; r < all.size(); r++) {
            for (int i = 0; i < widths.length; i++) {
                String cell = all.get(r).get(i);
                // words left, figures right, as a reader scans them
                boolean figure = r > 0 && i > 0;
                out.append("| ").append(figure ? pad(cell, widths[i], true) : pad(cell, widths[i], false)).append(' ');
            }
            out.append("|\n");
            if (r == 0) {
                out.append(rule);
            }
        }
        return out.append(rule).toString();
    }

    static String format(double value, int decimals) {
        return String.format(Locale.UK, "%." + decimals + "f", value);
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }
}
