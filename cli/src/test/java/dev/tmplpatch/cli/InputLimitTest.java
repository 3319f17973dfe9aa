package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class InputLimitTest {
  private final InputLimit.Size size = new InputLimit.Size();

  @Test
  void readsBytesAndBinaryUnits() {
    assertEquals(1_048_576L, size.convert("1048576"));
    assertEquals(1024L, size.convert("1K"));
    assertEquals(64L << 20, size.convert("64M"));
    assertEquals(64L << 20, size.convert("64MiB"));
    assertEquals(1L << 30, size.convert("1g"));
  }

  @Test
  void refusesNonSizesZeroAndMoreThanOneGib() {
    assertEquals("'lots' is not a size; use bytes or a number with K, M or G, e.g. 64M",
        assertThrows(TypeConversionException.class, () -> size.convert("lots")).getMessage());
    assertEquals("'0' is outside 1 byte to 1G", assertThrows(TypeConversionException.class, () -> size.convert("0")).getMessage());
    assertEquals("'2G' is outside 1 byte to 1G", assertThrows(TypeConversionException.class, () -> size.convert("2G")).getMessage());
  }

  @Test
  void theMessageNamesTheLimitAndTheOptionThatRaisesIt() {
    assertEquals("f: larger than the input limit of 16 MiB; hint: raise it with --max-input-size 64M",
        InputLimit.tooLarge("f", InputLimit.DEFAULT));
    assertEquals("f: larger than the input limit of 64 MiB; hint: raise it with --max-input-size 256M",
        InputLimit.tooLarge("f", 64L << 20));
    assertEquals("f: larger than 1 GiB, the most tmplpatch reads; hint: an injection template or ConfigMap is"
        + " far smaller: check that this is the right file",
        InputLimit.tooLarge("f", 1L << 30));
  }
}
