package dev.tmplpatch.lint;

import java.util.Set;
import java.util.TreeSet;

/**
 * IstiodFunctions is the function map istiod parses injection templates with: Go's builtins,
 * sprig's TxtFuncMap and Istio's own functions (pkg/kube/inject/template.go). istiod checks
 * function names when it parses, so a template calling anything else (Helm's include,
 * required, tpl ...) is refused, and istiod silently keeps its previous templates.
 */
final class IstiodFunctions {

  /** GO_BUILTINS are text/template's predefined functions. */
  static final Set<String> GO_BUILTINS = Set.of(
      "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println",
      "urlquery", "eq", "ge", "gt", "le", "lt", "ne");

  /** SPRIG is sprig v3's generic function map (Debian's 3.2.3), plus sha512sum from 3.3.0. */
  static final Set<String> SPRIG = Set.of(
      "abbrev", "abbrevboth", "add", "add1", "add1f", "addf", "adler32sum", "ago", "all", "any", "append", "atoi", "b32dec", "b32enc", "b64dec", "b64enc", "base", "bcrypt", "biggest", "buildCustomCert", "camelcase", "cat", "ceil", "chunk", "clean", "coalesce", "compact", "concat", "contains", "date", "dateInZone", "dateModify", "date_in_zone", "date_modify", "decryptAES", "deepCopy", "deepEqual", "default", "derivePassword", "dict", "dig", "dir", "div", "divf", "duration", "durationRound", "empty", "encryptAES", "env", "expandenv", "ext", "fail", "first", "float64", "floor", "fromJson", "genCA", "genCAWithKey", "genPrivateKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey", "get", "getHostByName", "has", "hasKey", "hasPrefix", "hasSuffix", "hello", "htmlDate", "htmlDateInZone", "htpasswd", "indent", "initial", "initials", "int", "int64", "isAbs", "join", "kebabcase", "keys", "kindIs", "kindOf", "last", "list", "lower", "max", "maxf", "merge", "mergeOverwrite", "min", "minf", "mod", "mul", "mulf", "mustAppend", "mustChunk", "mustCompact", "mustDateModify", "mustDeepCopy", "mustFirst", "mustFromJson", "mustHas", "mustInitial", "mustLast", "mustMerge", "mustMergeOverwrite", "mustPrepend", "mustRegexFind", "mustRegexFindAll", "mustRegexMatch", "mustRegexReplaceAll", "mustRegexReplaceAllLiteral", "mustRegexSplit", "mustRest", "mustReverse", "mustSlice", "mustToDate", "mustToJson", "mustToPrettyJson", "mustToRawJson", "mustUniq", "mustWithout", "must_date_modify", "nindent", "nospace", "now", "omit", "osBase", "osClean", "osDir", "osExt", "osIsAbs", "pick", "pluck", "plural", "prepend", "quote", "randAlpha", "randAlphaNum", "randAscii", "randBytes", "randInt", "randNumeric", "regexFind", "regexFindAll", "regexMatch", "regexQuoteMeta", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit", "repeat", "replace", "rest", "reverse", "round", "semver", "semverCompare", "seq", "set", "sha1sum", "sha256sum", "shuffle", "slice", "snakecase", "sortAlpha", "split", "splitList", "splitn", "squote", "sub", "subf", "substr", "swapcase", "ternary", "title", "toDate", "toDecimal", "toJson", "toPrettyJson", "toRawJson", "toString", "toStrings", "trim", "trimAll", "trimPrefix", "trimSuffix", "trimall", "trunc", "tuple", "typeIs", "typeIsLike", "typeOf", "uniq", "unixEpoch", "unset", "until", "untilStep", "untitle", "upper", "urlJoin", "urlParse", "uuidv4", "values", "without", "wrap", "wrapWith",
      "sha512sum");

  /** ISTIO are the functions Istio adds (1.18 to 1.31); later ones are noted in {@link #SINCE}. */
  static final Set<String> ISTIO = Set.of(
      "formatDuration", "isset", "excludeInboundPort", "includeInboundPorts", "kubevirtInterfaces",
      "excludeInterfaces", "applicationPorts", "annotation", "valueOrDefault", "toJSON", "fromJSON",
      "structToJSON", "protoToJSON", "toYaml", "indent", "directory", "contains", "toLower",
      "appendMultusNetwork", "env", "omit", "strdict", "toJsonMap", "mergeMaps", "omitNil",
      "otelResourceAttributes");

  /**
   * SINCE names the Istio releases that have the functions not in every release, by patch release
   * (istio-funcs-by-release.md §2): omitNil was backported to 1.28.6 and 1.29.1, so 1.28.0-1.28.5
   * and 1.29.0 lack it although 1.28.6 has it.
   */
  static final java.util.Map<String, String> SINCE = java.util.Map.of(
      "mergeMaps", "1.21.0", "omitNil", "1.28.6 to 1.28.x, 1.29.1 to 1.29.x, 1.30.0",
      "otelResourceAttributes", "1.30.0");

  /**
   * VERSIONED are the names a template can call that some istiod releases (1.15 and later) do not
   * define, with the releases that do. {@code omit}, {@code env} and {@code toJson} are not here:
   * where Istio lacks them, sprig's functions of the same name resolve.
   */
  static final java.util.Map<String, java.util.function.Predicate<IstioVersion>> VERSIONED = java.util.Map.of(
      "strdict", v -> v.atLeast(1, 18, 0),
      "toJsonMap", v -> v.atLeast(1, 18, 0),
      "mergeMaps", v -> v.atLeast(1, 21, 0),
      "sha512sum", v -> v.atLeast(1, 24, 0),
      "omitNil", v -> v.isMinor(1, 28) ? v.patch() >= 6 : v.isMinor(1, 29) ? v.patch() >= 1 : v.atLeast(1, 30, 0),
      "otelResourceAttributes", v -> v.atLeast(1, 30, 0));

  /** RELEASES_WITH says in words which releases define a versioned function. */
  static final java.util.Map<String, String> RELEASES_WITH = java.util.Map.of(
      "strdict", "1.18.0 and later",
      "toJsonMap", "1.18.0 and later",
      "mergeMaps", "1.21.0 and later",
      "sha512sum", "1.24.0 and later (sprig 3.3.0)",
      "omitNil", "1.28.6 to 1.28.x, 1.29.1 to 1.29.x, 1.30.0 and later; not 1.28.0-1.28.5 nor 1.29.0",
      "otelResourceAttributes", "1.30.0 and later");

  /** lacking returns the functions the template calls that istiod of that release does not define, sorted. */
  static Set<String> lacking(IstioVersion version, Set<String> called) {
    Set<String> out = new TreeSet<>();
    for (String f : called) {
      java.util.function.Predicate<IstioVersion> has = VERSIONED.get(f);
      if (has != null && !has.test(version)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * acceptsElseWith tells whether istiod of that release surely parses {{else with}}: Go added it
   * in 1.23, and these releases declare go 1.23 or later in go.mod (1.23.6, 1.24.4, 1.25.0 on).
   * For older ones the Go that built them is not known, so they may refuse it.
   */
  static boolean acceptsElseWith(IstioVersion v) {
    return v.isMinor(1, 23) ? v.patch() >= 6 : v.isMinor(1, 24) ? v.patch() >= 4 : v.atLeast(1, 25, 0);
  }

  private IstiodFunctions() {}

  /** unknown returns the functions of a template that istiod does not define, sorted. */
  static Set<String> unknown(Set<String> called) {
    Set<String> out = new TreeSet<>();
    for (String f : called) {
      if (!GO_BUILTINS.contains(f) && !SPRIG.contains(f) && !ISTIO.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }
}
