package id.naikkelas.registry;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.registry.kbli.KbliReference;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The KBLI rules of a draft: version 2020 (the default) or 2025, at least one code, each code in
 * the KBLI format and known to the reference list of its version. Part of {@link DraftChecker}.
 */
final class KbliCodeRules {

  private static final Pattern KBLI = Pattern.compile(BusinessDraft.KBLI);

  /** The version read (-1 when misread or unknown) and the distinct codes. */
  record Checked(int version, List<String> codes) {}

  private KbliCodeRules() {}

  /** Checks the draft's KBLI version and codes, adding what is wrong to {@code problems}. */
  static Checked check(BusinessDraft d, KbliReference kbliReference, List<FieldProblem> problems) {
    int kbliVersion = d.kbliVersion() == null ? 2020 : d.kbliVersion();
    if (d.misread("kbliVersion")) {
      kbliVersion = -1;
    } else if (kbliVersion != 2020 && kbliVersion != 2025) {
      problems.add(new FieldProblem("kbliVersion", "registry.kbli.version"));
      kbliVersion = -1;
    }
    List<String> kbli = d.kbliCodes().stream().map(String::strip).distinct().toList();
    if (kbli.isEmpty()) {
      problems.add(new FieldProblem("kbliCodes", "registry.kbli.required"));
    }
    for (String code : kbli) {
      if (!KBLI.matcher(code).matches()) {
        problems.add(new FieldProblem("kbliCodes", "registry.kbli.format", code));
      } else if (kbliVersion > 0) {
        final int version = kbliVersion;
        kbliReference
            .problem(version, code)
            .ifPresent(
                key ->
                    problems.add(
                        new FieldProblem("kbliCodes", key, code, String.valueOf(version))));
      }
    }
    return new Checked(kbliVersion, kbli);
  }
}
