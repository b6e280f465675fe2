package org.hadath.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHashTest {
  @Test
  void identicalSetsHaveSimilarityOne() {
    int[] a = MinHash.signature(new long[] {1, 2, 3, 4});
    assertThat(MinHash.similarity(a, MinHash.signature(new long[] {1, 2, 3, 4}))).isEqualTo(1.0);
  }

  @Test
  void similarityEstimatesJaccard() {
    long[] a = new long[1000];
    long[] b = new long[1000];
    for (int i = 0; i < 1000; i++) {
      a[i] = i;
      b[i] = i + 500; // 500 shared of 1500: Jaccard 1/3
    }
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(b)))
        .isCloseTo(1 / 3.0, within(0.15));
  }

  @Test
  void disjointSetsAreDissimilar() {
    long[] a = new long[300];
    long[] b = new long[300];
    for (int i = 0; i < 300; i++) {
      a[i] = i;
      b[i] = 10_000 + i;
    }
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(b))).isLessThan(0.1);
  }

  @Test
  void signaturesAreFixedConstantsAcrossRuns() {
    int[] sig = MinHash.signature(new long[] {42});
    assertThat(sig).hasSize(MinHash.SIZE);
    assertThat(Arrays.equals(sig, MinHash.signature(new long[] {42}))).isTrue();
  }

  @Test
  void anEmptySetHasNoSignature() {
    assertThat(MinHash.signature(new long[0])).isNull();
    assertThat(MinHash.signature("too short")).isNull();
  }
}
