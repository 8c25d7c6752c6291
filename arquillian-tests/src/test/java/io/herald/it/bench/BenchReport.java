package io.herald.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one benchmark's section of docs/benchmarks.md; {@code bin/herald bench} puts the sections together. */
final class BenchReport {

    private BenchReport() {
    }

    static void write(String name, String markdown) {
        Path dir = Path.of(System.getProperty("herald.bench.out", "target/bench"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(markdown);
    }
}
