package dev.tmplpatch.bench;

import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.ParsedTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * RetainedMemory prints how much heap parsed templates keep alive per byte of template text: the
 * "memory a small multiple of the text" figure. It parses the corpus several times, holds every
 * result, and compares used heap after full GCs with the heap holding only the texts.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.tmplpatch.bench.RetainedMemory}.
 */
public final class RetainedMemory {
  private RetainedMemory() {}

  /** main prints retained bytes per UTF-8 text byte, with and without the text itself. */
  public static void main(String[] args) {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<String> corpus = Inputs.corpus();
    long textBytes = corpus.stream().mapToLong(Inputs::utf8Length).sum() * copies;
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (String t : corpus) {
        texts.add(new String(t.toCharArray())); // a distinct copy, as if read from a file
      }
    }
    long before = usedAfterGc();
    List<ParsedTemplate> kept = new ArrayList<>(texts.size());
    ParseOptions options = ParseOptions.named("bench");
    for (String t : texts) {
      kept.add(GoTemplateParser.parse(t, options));
    }
    long after = usedAfterGc();
    long textHeap = textHeap(corpus, copies);
    System.out.printf("texts: %d files x %d copies, %d UTF-8 bytes (%d bytes of String heap)%n",
        corpus.size(), copies, textBytes, textHeap);
    System.out.printf("retained by parse results beyond the texts: %d bytes = %.2f x text bytes%n",
        after - before, (after - before) / (double) textBytes);
    System.out.printf("text + parse results: %.2f x text bytes%n", (after - before + textHeap) / (double) textBytes);
    if (kept.size() != texts.size()) {
      throw new AssertionError("kept " + kept.size());
    }
  }

  private static long textHeap(List<String> corpus, int copies) {
    long before = usedAfterGc();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (String t : corpus) {
        texts.add(new String(t.toCharArray()));
      }
    }
    long after = usedAfterGc();
    if (texts.isEmpty()) {
      return 0;
    }
    return after - before;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
