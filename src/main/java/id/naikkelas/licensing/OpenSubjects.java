package id.naikkelas.licensing;

import id.naikkelas.platform.ConflictException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One open request per kind and subject (a product for P-IRT and halal, the business for a NIB, the
 * mark for a trademark): the subject's row is held while the request is open; the table's primary
 * key refuses a second one, even when two arrive at once.
 */
@Component
class OpenSubjects {

  private final JdbcClient jdbc;

  OpenSubjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holds every subject for the request, or refuses (409) naming the one already held. */
  void hold(LicenceKind kind, List<String> subjects, long requestId) {
    for (String subject : subjects) {
      int held =
          jdbc.sql(
                  """
                  insert into licensing_open_subject (kind, subject, request_id) values (?, ?, ?)
                  on conflict do nothing""")
              .param(kind.name())
              .param(subject)
              .param(requestId)
              .update();
      if (held == 0) {
        String field =
            subject.startsWith("product:")
                ? "productIds"
                : subject.startsWith("mark:") ? "markName" : "businessId";
        throw new ConflictException(field, "licensing.request.alreadyOpen", kind.name());
      }
    }
  }

  /** Lets go of the request's subjects once it is issued, refused or withdrawn. */
  void release(long requestId) {
    jdbc.sql("delete from licensing_open_subject where request_id = ?").param(requestId).update();
  }
}
