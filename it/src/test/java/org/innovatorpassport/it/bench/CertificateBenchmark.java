package org.innovatorpassport.it.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.innovatorpassport.assurance.internal.passport.CertificateContent;
import org.innovatorpassport.assurance.internal.passport.CertificateEvidence;
import org.innovatorpassport.assurance.internal.passport.CertificateRenderer;

/** How many passport certificates one thread renders per second, after the JIT has warmed up. */
final class CertificateBenchmark {

    static final List<String> HEADER = List.of("run", "evidence items", "seconds", "certificates",
            "per second", "mean ms", "PDF KiB");

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    List<String> measure() {
        CertificateRenderer renderer = new CertificateRenderer();
        CertificateContent content = passportWithTenEvidenceItems();
        long sink = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            sink += renderer.render(content).length;
        }
        int certificates = 0;
        long bytes = 0;
        long started = System.nanoTime();
        long elapsed;
        do {
            bytes += renderer.render(content).length;
            certificates++;
            elapsed = System.nanoTime() - started;
        } while (elapsed < MEASURE_NANOS);
        double seconds = elapsed / 1e9;
        if (sink == 0) {
            throw new IllegalStateException("warm-up rendered nothing");
        }
        return List.of("single thread", String.valueOf(content.evidence().size()), Benchmarks.format(seconds, 2),
                String.valueOf(certificates), Benchmarks.format(certificates / seconds, 1),
                Benchmarks.format(seconds * 1000 / certificates, 2),
                Benchmarks.format(bytes / (double) certificates / 1024, 1));
    }

    private static CertificateContent passportWithTenEvidenceItems() {
        String[] types = {"DSPT assessment", "DCB0129 clinical safety case", "Penetration test", "DPIA",
                "Cyber Essentials Plus"};
        List<CertificateEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            evidence.add(new CertificateEvidence(types[i % types.length], "EV-2026-" + (1000 + i),
                    "NHS England Digital Security", LocalDate.of(2025, 4, 1 + i), LocalDate.of(2026, 6, 30),
                    "9b2f6c0d4e8a1f3b5c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c" + String.format("%02d", i)));
        }
        return new CertificateContent("6f1c2a9e-3b7d-4f0a-9c55-0d2e8b7a4c11", "Wound Watch", "4.2.0",
                "Healthy Wounds Ltd", "DTAC 2024.1", "Active", "7K4Q-9XPD",
                "https://innovatorpassport.example/verify/7K4Q-9XPD", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 30), "North Coast Assurance Partnership", "Dr Priya Shah", evidence,
                List.of("Valid only for deployment with the supplier-hosted service.",
                        "Re-assess clinical safety if the triage algorithm changes."),
                "q3Z1pNkzqo6d8bC9Wb0lS0Rj4nS3kqzR8tXh2L1yA5E");
    }
}
