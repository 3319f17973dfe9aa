package dev.tmplpatch.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Promise is what an edit promises about the YAML a template renders, as properties the
 * {@link Verifier} checks on every branch projection: a conjunction of clauses.
 */
public record Promise(List<Clause> clauses) {

  /** Clause is one property of the rendered pods. */
  public sealed interface Clause permits NoPodSysctl, NoPodSysctls, ContainerAdds, ContainerRunsAsRoot {
    /** says words the clause for a user: what the result needs. */
    String says();
  }

  /**
   * NoPodSysctl: no pod securityContext.sysctls entry has this name; every other entry the input
   * had is still there.
   */
  public record NoPodSysctl(String sysctl) implements Clause {
    @Override
    public String says() {
      return "no pod sysctl " + sysctl + " and every other sysctl kept";
    }
  }

  /** NoPodSysctls: no pod securityContext.sysctls entry at all. */
  public record NoPodSysctls() implements Clause {
    @Override
    public String says() {
      return "no pod sysctls";
    }
  }

  /**
   * ContainerAdds: where the container exists and the template writes its securityContext,
   * capabilities.add holds each capability spelled exactly so, and drop is as it was.
   */
  public record ContainerAdds(String container, List<String> capabilities) implements Clause {
    public ContainerAdds {
      capabilities = List.copyOf(capabilities);
    }

    @Override
    public String says() {
      return "container " + container + " adds " + String.join(", ", capabilities) + " (capabilities.add, exactly so spelled)";
    }
  }

  /**
   * ContainerRunsAsRoot: where the container exists and the template writes its securityContext,
   * runAsUser 0, runAsGroup 0, runAsNonRoot false or absent, no key twice.
   */
  public record ContainerRunsAsRoot(String container) implements Clause {
    @Override
    public String says() {
      return "container " + container + " runs as root (runAsUser: 0, runAsGroup: 0, runAsNonRoot: false)";
    }
  }

  /** NOTHING is the promise of an edit that promises no property (only readable YAML). */
  public static final Promise NOTHING = new Promise(List.of());

  public Promise {
    clauses = List.copyOf(clauses);
  }

  /** of makes a promise of the given clauses. */
  public static Promise of(Clause... clauses) {
    return new Promise(List.of(clauses));
  }

  /** and returns the promise of both. */
  public Promise and(Promise other) {
    List<Clause> all = new ArrayList<>(clauses);
    for (Clause c : other.clauses) {
      if (!all.contains(c)) {
        all.add(c);
      }
    }
    return new Promise(all);
  }

  /** containers returns the containers the clauses name. */
  List<String> containers() {
    List<String> out = new ArrayList<>();
    for (Clause c : clauses) {
      String name = c instanceof ContainerAdds a ? a.container() : c instanceof ContainerRunsAsRoot r ? r.container() : null;
      if (name != null && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
