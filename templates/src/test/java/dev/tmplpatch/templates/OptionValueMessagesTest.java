package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.diag.InvalidValueException;
import dev.tmplpatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** OptionValueMessagesTest checks install-bundle's option refusals in English and Chinese. */
class OptionValueMessagesTest {
  private static final Messages ZH = Messages.of(Messages.Language.ZH);

  @Test
  void aLongPortName() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ServicePort.parse("http-very-long-name:80"));
    assertEquals("port name \"http-very-long-name\" is 19 characters long; it must be at most 15 characters of a-z, 0-9"
        + " and '-', contain a letter, and neither start nor end with '-' nor contain \"--\"; hint: Istio reads the"
        + " protocol from the prefix, e.g. http2, https, tcp-db", e.getMessage());
    assertEquals("端口名称 \"http-very-long-name\" 长度为 19 个字符；端口名称最多 15 个字符，只能包含 a-z、0-9 和 '-'，"
        + "至少包含一个字母，不能以 '-' 开头或结尾，也不能包含 \"--\"；提示：Istio 根据名称前缀识别协议，例如 http2、https、tcp-db",
        e.text().in(ZH));
  }

  @Test
  void aPortWithoutNumberAndAnInvalidHpa() {
    InvalidValueException port = assertThrows(InvalidValueException.class, () -> ServicePort.parse("http2"));
    assertEquals("port \"http2\" is not NAME:PORT; hint: for example http2:80 or https:443", port.getMessage());
    assertEquals("端口 \"http2\" 不是 NAME:PORT 形式；提示：例如 http2:80 或 https:443", port.text().in(ZH));
    InvalidValueException hpa = assertThrows(InvalidValueException.class, () -> new Autoscaling(5, 2, 80));
    assertEquals("--hpa replicas 5:2 are invalid; hint: MIN and MAX must satisfy 1 <= MIN <= MAX <= 1000, for example"
        + " 2:5:80", hpa.getMessage());
    assertEquals("--hpa 副本数 5:2 无效；提示：MIN 和 MAX 必须满足 1 <= MIN <= MAX <= 1000，例如 2:5:80", hpa.text().in(ZH));
  }

  @Test
  void aPodDisruptionBudgetThatBlocksDrains() {
    GatewayInstall one = GatewayInstall.of("gw", "ns");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> one.withPodDisruptionBudget("1"));
    assertEquals("--pdb 1 needs more than 1 gateway replicas, but there is 1, so node drains would hang; hint: add --hpa"
        + " with MIN above 1 (e.g. --hpa 2:5:80) or lower --pdb", e.getMessage());
    assertEquals("--pdb 1 需要多于 1 个网关副本，而只有 1 个，节点排空会一直挂起；提示：添加 MIN 大于 1 的 --hpa（例如 --hpa 2:5:80）或降低 --pdb",
        e.text().in(ZH));
  }
}
