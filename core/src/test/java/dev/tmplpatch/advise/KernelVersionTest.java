package dev.tmplpatch.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelVersionTest {

  // The test vectors of kernel-versions.md §4 and containerd's pkg/kernelversion.
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "3.10.0-1160.el7.x86_64|3.10|TOO_OLD",
      "3.10.0-1160.71.1.el7|3.10|TOO_OLD",
      "3.10.0-862.2.3.el7.x86_64|3.10|TOO_OLD",
      "4.1.12-124.52.4.el7uek.x86_64|4.1|TOO_OLD",
      "4.4.0-1075-aws|4.4|TOO_OLD",
      "4.4.111+|4.4|TOO_OLD",
      "4.9.0-6-amd64|4.9|TOO_OLD",
      "4.10.17|4.10|TOO_OLD",
      "3.4.54.longterm-1|3.4|TOO_OLD",
      "3.12foobar|3.12|TOO_OLD",
      "3.12-1-amd64|3.12|TOO_OLD",
      "4.11.0|4.11|OK",
      "4.11|4.11|OK",
      "4.14.35-2047.520.3.1.el7uek.x86_64|4.14|OK",
      "4.19.0-6.el7.ucloud.x86_64|4.19|OK",
      "5.15.152|5.15|OK",
      "6.1|6.1|OK",
      "6.6.137+|6.6|OK",
      "v5.4.0|5.4|OK",
      "99.999.999-19-generic|99.999|OK",
      "|-|UNKNOWN",
      "3|-|UNKNOWN",
      "3.|-|UNKNOWN",
      "3a|-|UNKNOWN",
      "a.a|-|UNKNOWN",
      "abc|-|UNKNOWN",
      "-3.8|-|UNKNOWN",
      "3.-8|-|UNKNOWN",
  })
  void readsKernelStringsLooselyAndComparesWith411(String release, String version, NodeVerdict verdict) {
    Optional<KernelVersion> k = KernelVersion.parse(release);
    assertEquals(version, k.map(KernelVersion::toString).orElse("-"));
    ClusterNode node = new ClusterNode("n", "linux", release, "", "", false);
    assertEquals(verdict, node.verdict());
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "10.0.17763.1234|windows|NOT_LINUX",
      "10.0.20348.2227|Windows|NOT_LINUX",
      "3.10.0-1160.el7.x86_64||TOO_OLD",
      "5.15.0-88-generic|linux|OK",
  })
  void windowsKernelsAreNeverReadAsLinuxVersions(String release, String os, NodeVerdict verdict) {
    assertEquals(verdict, new ClusterNode("n", os, release, "", "", false).verdict());
  }
}
