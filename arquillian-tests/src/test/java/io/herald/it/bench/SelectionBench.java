package io.herald.it.bench;

import io.herald.audience.AudienceIndex;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roaringbitmap.RoaringBitmap;

/**
 * Audience selection over 10,000,000 accounts and 100 tags: a two-tag TagsAnd as Herald evaluates
 * it (the two serialized bitmaps read from the index cache, deserialized, intersected), against the
 * same intersection on uncompressed java.util.BitSets; and the index's bytes per (account, tag).
 * Tag k holds each account with probability 0.5 / (k + 1), so a few tags are large and most small.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "bench")
class SelectionBench {

    static final int ACCOUNTS = 10_000_000;
    static final int TAGS = 100;
    static final int RUNS = 30;

    @Test
    void twoTagIntersection() {
        SplittableRandom random = new SplittableRandom(42);
        byte[][] serialized = new byte[TAGS][];
        BitSet[] plain = new BitSet[2];
        long pairs = 0;
        long bytes = 0;
        for (int tag = 0; tag < TAGS; tag++) {
            double p = 0.5 / (tag + 1);
            RoaringBitmap bitmap = new RoaringBitmap();
            BitSet bits = tag < 2 ? new BitSet(ACCOUNTS) : null;
            for (int account = 0; account < ACCOUNTS; account++) {
                if (random.nextDouble() < p) {
                    bitmap.add(account);
                    if (bits != null) {
                        bits.set(account);
                    }
                }
            }
            pairs += bitmap.getLongCardinality();
            serialized[tag] = AudienceIndex.serialize(bitmap);
            bytes += serialized[tag].length;
            if (bits != null) {
                plain[tag] = bits;
            }
        }
        long[] herald = new long[RUNS];
        long[] baseline = new long[RUNS];
        long selected = 0;
        for (int run = -10; run < RUNS; run++) {
            long start = System.nanoTime();
            RoaringBitmap result = AudienceIndex.deserialize(serialized[0]);
            result.and(AudienceIndex.deserialize(serialized[1]));
            selected = result.getLongCardinality();
            long heraldNanos = System.nanoTime() - start;
            start = System.nanoTime();
            BitSet both = (BitSet) plain[0].clone();
            both.and(plain[1]);
            long baselineNanos = System.nanoTime() - start;
            if (run >= 0) {
                herald[run] = heraldNanos;
                baseline[run] = baselineNanos;
            }
        }
        Stats h = Stats.ofNanos(herald);
        Stats b = Stats.ofNanos(baseline);
        BenchReport.write("20-selection", String.format("""
                ## Selection: two-tag TagsAnd over %,d accounts, 100 tags

                %,d (account, tag) pairs; the index holds them in %,d bytes: **%.2f bytes per (account, tag)** (target ≤ 2).
                The intersection selects %,d accounts. %d runs after 10 warm-up runs, in the benchmark JVM.

                | what | p50 ms | p99 ms | max ms |
                | --- | --- | --- | --- |
                | Herald: deserialize both tag bitmaps from the cache form and intersect (target ≤ 20 ms) | %s |
                | baseline: intersect two uncompressed java.util.BitSets | %s |

                Ratio of medians (baseline / Herald): %.2f.

                """, ACCOUNTS, pairs, bytes, (double) bytes / pairs, selected, RUNS, h.row(), b.row(), b.p50() / h.p50()));
    }
}
