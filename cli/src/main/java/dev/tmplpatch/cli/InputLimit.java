package dev.tmplpatch.cli;

import dev.tmplpatch.source.InputReader;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * InputLimit is the {@code --max-input-size} mixin of every command that reads a template or a
 * ConfigMap: one limit for files, standard input and the template inside a ConfigMap, so that
 * {@code /dev/zero} or a 2 GB file is refused with a message instead of exhausting memory.
 */
final class InputLimit {
  /** DEFAULT is 16 MiB: Istio's templates are tens of KiB and a ConfigMap holds at most 1 MiB. */
  static final long DEFAULT = InputReader.DEFAULT_LIMIT;
  /** MAXIMUM is 1 GiB: what one Java array of bytes, and a reasonable heap, can hold. */
  static final long MAXIMUM = InputReader.MAXIMUM;

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      converter = Size.class,
      description = "refuse inputs larger than SIZE (bytes, or with K, M or G; default 16M, at most 1G)")
  long bytes = DEFAULT;

  /** OPTION is the option users raise the limit with. */
  static final String OPTION = "--max-input-size";

  /** tooLarge returns the error for an input over the limit, naming the option that raises it. */
  static String tooLarge(String source, long limit) {
    return new InputReader(limit, OPTION).tooLarge(source).getMessage();
  }

  /** Size reads 1048576, 1024K, 64M, 1G (also KiB, MiB, GiB); units are powers of 1024. */
  static final class Size implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,10})\\s*(|k|m|g|kib|mib|gib|kb|mb|gb)");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a size; use bytes or a number with K, M or G, e.g. 64M");
      }
      long n = Long.parseLong(m.group(1));
      long unit = switch (m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0)) {
        case 'k' -> 1L << 10;
        case 'm' -> 1L << 20;
        case 'g' -> 1L << 30;
        default -> 1L;
      };
      long size = n * unit;
      if (size < 1 || size > MAXIMUM) {
        throw new TypeConversionException("'" + value + "' is outside 1 byte to 1G");
      }
      return size;
    }
  }
}
