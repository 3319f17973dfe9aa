package dev.tmplpatch.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.diagnose.KnownFailure;
import dev.tmplpatch.diagnose.KnownFailures;
import dev.tmplpatch.i18n.Messages.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  @Test
  void everyKeyHasATextInBothLanguages() {
    Set<String> en = Messages.of(Language.EN).keys();
    Set<String> zh = Messages.of(Language.ZH).keys();
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(zh);
    Set<String> onlyZh = new TreeSet<>(zh);
    onlyZh.removeAll(en);
    assertEquals(Set.of(), onlyEn, "keys without a Chinese text");
    assertEquals(Set.of(), onlyZh, "keys without an English text");
  }

  @Test
  void bothLanguagesUseTheSamePlaceholdersAndNoTextIsEmpty() {
    Messages en = Messages.of(Language.EN);
    Messages zh = Messages.of(Language.ZH);
    List<String> wrong = new ArrayList<>();
    for (String key : en.keys()) {
      if (!placeholders(en.get(key)).equals(placeholders(zh.get(key))) || en.get(key).isBlank()
          || zh.get(key).isBlank()) {
        wrong.add(key);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyDiagnoseRuleHasItsTextsInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (Language l : Language.values()) {
      Messages m = Messages.of(l);
      for (KnownFailure f : KnownFailures.all()) {
        for (String key : List.of(f.whatKey(), f.whyKey(), f.fixKey())) {
          if (!m.has(key)) {
            missing.add(l.code() + ":" + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theRootCostConstantForPicocliSaysWhatTheBundleSays() {
    assertEquals(Messages.of(Language.EN).get(dev.tmplpatch.edit.RunAsRoot.COST_KEY), dev.tmplpatch.edit.RunAsRoot.COST);
  }

  @Test
  void textsRenderTheirArgumentsInTheSameLanguage() {
    Text t = Text.of("edit.unproven.edited", Text.of("verify.not-proven", "b", "f", "n"), Text.of("edit.unproven.more", 2));
    assertEquals("the edited template is not proven with b: f; needed n (and 2 more)", t.english());
    assertEquals("编辑后的模板在 b 下未能证明：f；需要 n（另有 2 处）", t.in(Messages.of(Language.ZH)));
    assertEquals("Go's words", Text.verbatim("Go's words").in(Messages.of(Language.ZH)));
    assertThrows(IllegalArgumentException.class, () -> Text.of("no.such.key"));
  }

  @Test
  void noChineseTextIsACopyOfTheEnglishOne() {
    Messages en = Messages.of(Language.EN);
    Messages zh = Messages.of(Language.ZH);
    List<String> untranslated = new ArrayList<>();
    for (String key : zh.keys()) {
      if (en.has(key) && zh.get(key).equals(en.get(key))) {
        untranslated.add(key);
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void fillsNumberedPlaceholdersAndLeavesOtherBracesAlone() {
    Messages en = Messages.of(Language.EN);
    assertEquals("Nodes (3):", en.get("advise.nodes.header", 3));
    assertEquals("stdin:7 (2 times): [x]", en.get("diagnose.at.times", "stdin", 7, 2, "x"));
    assertEquals("节点（3 个）：", Messages.of(Language.ZH).get("advise.nodes.header", 3));
  }

  @Test
  void languageComesFromTheOptionThenLcAllLcMessagesLang() {
    assertEquals(Language.ZH, Messages.resolve("zh", Map.of("LANG", "en_US.UTF-8")));
    assertEquals(Language.EN, Messages.resolve("EN", Map.of("LC_ALL", "zh_CN.UTF-8")));
    assertEquals(Language.ZH, Messages.resolve(null, Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8")));
    assertEquals(Language.EN, Messages.resolve(null, Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")));
    assertEquals(Language.ZH, Messages.resolve(null, Map.of("LC_MESSAGES", "zh_TW.UTF-8", "LANG", "en_US")));
    assertEquals(Language.ZH, Messages.resolve(null, Map.of("LANG", "zh_CN.GB18030")));
    assertEquals(Language.EN, Messages.resolve(null, Map.of("LANG", "", "LC_ALL", "")));
    assertEquals(Language.EN, Messages.resolve(null, Map.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.resolve("fr", Map.of()));
    assertEquals("unknown language \"fr\"; accepted: en, zh", e.getMessage());
  }

  private static List<String> placeholders(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    out.sort(null);
    return out.stream().distinct().toList();
  }
}
