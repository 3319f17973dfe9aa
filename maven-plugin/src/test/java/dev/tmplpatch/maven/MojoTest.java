package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals without Maven around them: what they log, write and throw. */
class MojoTest {

  @TempDir Path basedir;

  /** Lines is a Maven log that keeps what the goal said, prefixed by its level. */
  static final class Lines extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("INFO " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("ERROR " + content);
    }
  }

  private Job templateJob(String output) throws IOException {
    Files.writeString(basedir.resolve("t.yaml"), "a: 1\nb: 2\n");
    Job job = new Job();
    job.template = new File("t.yaml");
    job.editedTemplate = new File(output);
    return job;
  }

  private <M extends TmplpatchMojo> M mojo(M mojo, Lines log, Job... jobs) {
    mojo.jobs = List.of(jobs);
    mojo.basedir = basedir.toFile();
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void generateWritesThenReportsUnchanged() throws Exception {
    Lines log = new Lines();
    mojo(new GenerateMojo(), log, templateJob("out/t.yaml")).execute();
    mojo(new GenerateMojo(), log, templateJob("out/t.yaml")).execute();
    assertEquals(List.of("INFO wrote out/t.yaml", "INFO unchanged out/t.yaml"), log.lines);
    assertEquals("a: 1\nb: 2\n", Files.readString(basedir.resolve("out/t.yaml")));
  }

  @Test
  void generateWritesNothingWhenALaterJobFails() throws Exception {
    Job good = templateJob("out/good.yaml");
    Files.writeString(basedir.resolve("broken.yaml"), "a: {{ if .X }}\n");
    Job bad = new Job();
    bad.template = new File("broken.yaml");
    bad.editedTemplate = new File("out/broken.yaml");
    Lines log = new Lines();
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(new GenerateMojo(), log, good, bad).execute());
    assertEquals("template: broken.yaml:2: unexpected EOF; hint: an if, range, with, define or block is missing its"
        + " {{ end }}", e.getMessage());
    assertFalse(Files.exists(basedir.resolve("out")));
  }

  @Test
  void withLangZhTheFailureAndTheFindingsAreChineseAndGoKeepsItsWords() throws Exception {
    Files.writeString(basedir.resolve("broken.yaml"), "a: {{ if .X }}\n");
    Job bad = new Job();
    bad.template = new File("broken.yaml");
    bad.editedTemplate = new File("out/broken.yaml");
    GenerateMojo failing = mojo(new GenerateMojo(), new Lines(), bad);
    failing.lang = "zh";
    MojoFailureException e = assertThrows(MojoFailureException.class, failing::execute);
    assertEquals("template: broken.yaml:2: unexpected EOF；提示：某个 if、range、with、define 或 block 缺少对应的 {{ end }}",
        e.getMessage());

    Job root = templateJob("out/t.yaml");
    root.scenario = "privileged-ports-root";
    GenerateMojo refused = mojo(new GenerateMojo(), new Lines(), root);
    refused.lang = "zh";
    MojoExecutionException c = assertThrows(MojoExecutionException.class, refused::execute);
    assertEquals("jobs[0].allowRoot: <scenario>privileged-ports-root</scenario> 以 root 用户身份运行代理，需要"
        + " <allowRoot>；提示：" + dev.tmplpatch.i18n.Messages.of(dev.tmplpatch.i18n.Messages.Language.ZH)
            .get("edit.root.cost") + "；建议使用 1024 或以上端口（<scenario>privileged-ports</scenario> 让代理保持非 root 用户）",
        c.getMessage());

    GenerateMojo bogus = mojo(new GenerateMojo(), new Lines(), templateJob("out/t.yaml"));
    bogus.lang = "fr";
    assertEquals("lang: unknown language \"fr\"; accepted: en, zh",
        assertThrows(MojoExecutionException.class, bogus::execute).getMessage());
  }

  @Test
  void twoJobsWritingOneFileIsAConfigurationMistake() throws Exception {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo(new GenerateMojo(), new Lines(), templateJob("out/t.yaml"), templateJob("out/t.yaml")).execute());
    assertEquals("jobs[1].editedTemplate: out/t.yaml is already written by jobs[0].editedTemplate; accepts a path no"
        + " other output uses", e.getMessage());
  }

  @Test
  void noJobsIsAConfigurationMistakeThatShowsAJob() {
    GenerateMojo mojo = mojo(new GenerateMojo(), new Lines());
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("jobs: no <job> configured; accepts <jobs><job>"), e.getMessage());
  }

  @Test
  void checkPassesWhenCommittedFilesMatch() throws Exception {
    Files.createDirectories(basedir.resolve("out"));
    Files.writeString(basedir.resolve("out/t.yaml"), "a: 1\nb: 2\n");
    Lines log = new Lines();
    mojo(new CheckMojo(), log, templateJob("out/t.yaml")).execute();
    assertEquals(List.of("INFO tmplpatch:check: 1 generated file is up to date"), log.lines);
  }

  @Test
  void checkFailsWithTheDiffAndTheCommandToRunAndWritesNothing() throws Exception {
    Files.createDirectories(basedir.resolve("out"));
    Files.writeString(basedir.resolve("out/t.yaml"), "a: 1\nb: two\n");
    Lines log = new Lines();
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo(new CheckMojo(), log, templateJob("out/t.yaml"), templateJob("out/missing.yaml")).execute());
    assertEquals("2 of 2 generated files are not what tmplpatch generates now (out/t.yaml, out/missing.yaml);"
        + " run mvn tmplpatch:generate to update", e.getMessage());
    assertEquals(List.of(
        "ERROR out/t.yaml: 1 value differs\n--- out/t.yaml (committed)\n+++ out/t.yaml (generated)\n"
            + "b: \"two\" (committed) -> 2 (generated)",
        "ERROR out/missing.yaml: missing; tmplpatch:generate writes it",
        "ERROR " + e.getMessage()), log.lines);
    assertEquals("a: 1\nb: two\n", Files.readString(basedir.resolve("out/t.yaml")));
    assertFalse(Files.exists(basedir.resolve("out/missing.yaml")));
  }

  @Test
  void skipSkipsEveryGoalAndSaysSo() throws Exception {
    Lines log = new Lines();
    GenerateMojo generate = mojo(new GenerateMojo(), log, templateJob("out/t.yaml"));
    generate.skip = true;
    generate.execute();
    CheckMojo check = mojo(new CheckMojo(), log, templateJob("out/t.yaml"));
    check.skip = true;
    check.execute();
    assertEquals(List.of("INFO Skipping tmplpatch:generate (tmplpatch.skip is true)",
        "INFO Skipping tmplpatch:check (tmplpatch.skip is true)"), log.lines);
    assertFalse(Files.exists(basedir.resolve("out")));
  }

  @Test
  void skippingGenerateDoesNotSkipCheck() throws Exception {
    Lines log = new Lines();
    GenerateMojo generate = mojo(new GenerateMojo(), log, templateJob("out/t.yaml"));
    generate.generateSkip = true;
    generate.execute();
    assertEquals(List.of("INFO Skipping tmplpatch:generate (tmplpatch.generate.skip is true)"), log.lines);
    assertThrows(MojoFailureException.class, () -> mojo(new CheckMojo(), new Lines(), templateJob("out/t.yaml")).execute());
  }

  @Test
  void longDiffsAreCutWithACount() {
    String diff = "x\n".repeat(CheckMojo.MAX_DIFF_LINES + 5);
    String shown = CheckMojo.truncate(diff);
    assertEquals(CheckMojo.MAX_DIFF_LINES + 1, shown.lines().count());
    assertTrue(shown.endsWith("\n... 5 more diff lines not shown"), shown);
  }
}
