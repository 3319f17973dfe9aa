package dev.tmplpatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** InputReaderMessagesTest checks the input refusals in both languages of the bundle. */
class InputReaderMessagesTest {
  private static final Messages ZH = Messages.of(Messages.Language.ZH);

  @Test
  void aMissingFileInEnglishAndChinese(@TempDir Path dir) {
    String missing = dir.resolve("none.yaml").toString();
    InputException e = assertThrows(InputException.class,
        () -> new InputReader(InputReader.DEFAULT_LIMIT, "--max-input-size").named(missing, null, missing));
    assertEquals("cannot read " + missing + ": no such file or directory; hint: check the path and its permissions",
        e.diagnostic().oneLine());
    assertEquals("无法读取 " + missing + "：文件或目录不存在；提示：请检查路径及其权限", e.diagnostic().oneLine(ZH));
  }

  @Test
  void aDirectoryAndATooLargeInputInChinese(@TempDir Path dir) {
    InputException directory = assertThrows(InputException.class,
        () -> new InputReader(InputReader.DEFAULT_LIMIT, null).named(dir.toString(), null, "d"));
    assertEquals("d: is a directory; hint: give a file", directory.diagnostic().oneLine());
    assertEquals("d: 是一个目录；提示：请指定一个文件", directory.diagnostic().oneLine(ZH));
    InputException large = assertThrows(InputException.class,
        () -> new InputReader(100, "--max-input-size").stream(new ByteArrayInputStream(new byte[101]), "<stdin>"));
    assertEquals("<stdin>: larger than the input limit of 100 bytes; hint: raise it with --max-input-size 64M",
        large.diagnostic().oneLine());
    assertEquals("<stdin>: 超出输入大小上限 100 bytes；提示：用 --max-input-size 64M 提高上限", large.diagnostic().oneLine(ZH));
  }
}
