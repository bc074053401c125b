package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RandomCodes;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendation letters for trademark filing: issued when a request completes its LETTER_ISSUED
 * stage, numbered per year in one statement (no gaps, no duplicates), checked in public by code.
 */
@Service
public class RecommendationLetters {

  private final JdbcClient jdbc;
  private final LetterSettings settings;
  private final LicensingRequestRepository requests;
  private final RequestAccess access;
  private final LetterPdf pdf;
  private final Clock clock;

  RecommendationLetters(
      JdbcClient jdbc,
      LetterSettings settings,
      LicensingRequestRepository requests,
      RequestAccess access,
      LetterPdf pdf,
      Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.requests = requests;
    this.access = access;
    this.pdf = pdf;
    this.clock = clock;
  }

  /** The request's letter as a PDF, for its owner and the officers of its scope. */
  @Transactional(readOnly = true)
  public byte[] pdfOfRequest(Actor by, long requestId) {
    return pdf.render(ofRequest(by, requestId));
  }

  /** Issues the request's letter on the day (the request's LETTER_ISSUED stage). */
  void issue(LicensingRequest r, String businessName, LocalDate on) {
    int year = on.getYear();
    int seq =
        jdbc.sql(
                """
                insert into licensing_letter_counter (year, last) values (?, 1)
                on conflict (year) do update set last = licensing_letter_counter.last + 1
                returning last""")
            .param(year)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into licensing_letter (code, request_id, number, year, seq, issued_on,
              signer_name, signer_position, business_name, village_code, mark_name, nice_classes,
              goods_services)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .param(RandomCodes.of(12))
        .param(r.id())
        .param(settings.number(seq, year))
        .param(year)
        .param(seq)
        .param(on)
        .param(settings.signerName())
        .param(settings.signerPosition())
        .param(businessName)
        .param(r.villageCode())
        .param(r.subject().markName())
        .param(r.subject().niceClasses().toArray(Integer[]::new))
        .param(r.subject().goodsServices())
        .update();
  }

  /** The letter of a request the caller may see. */
  @Transactional(readOnly = true)
  public RecommendationLetter ofRequest(Actor by, long requestId) {
    LicensingRequest r =
        requests
            .findById(requestId)
            .orElseThrow(() -> new NotFoundException("licensingRequest", requestId));
    access.request(by, r);
    return find("request_id = ?", requestId)
        .orElseThrow(() -> new NotFoundException("letter", requestId));
  }

  /** The letter with the code as anyone holding it may check it (the public check). */
  @Transactional(readOnly = true)
  public Optional<PublicLetter> byCode(String code) {
    if (code == null || !code.matches("[A-Za-z0-9]{6,40}")) {
      return Optional.empty();
    }
    return find("code = ?", code)
        .map(l -> l.publicOn(LocalDate.now(clock.withZone(LicensingRequests.WIB))));
  }

  /** The request was refused or withdrawn: its letter no longer holds. */
  void revoke(long requestId, LocalDate on) {
    jdbc.sql(
            "update licensing_letter set revoked_on = ? where request_id = ? and revoked_on is null")
        .param(on)
        .param(requestId)
        .update();
  }

  /** The code of the request's letter, or null before it has one. */
  String codeOf(long requestId) {
    return jdbc.sql("select code from licensing_letter where request_id = ?")
        .param(requestId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** The year the request's letter was signed, if it has one. */
  Optional<Integer> yearOf(long requestId) {
    return jdbc.sql("select year from licensing_letter where request_id = ?")
        .param(requestId)
        .query(Integer.class)
        .optional();
  }

  private Optional<RecommendationLetter> find(String where, Object value) {
    return jdbc.sql(
            """
            select code, request_id, number, issued_on, signer_name, signer_position,
              business_name, village_code, mark_name, nice_classes, goods_services, revoked_on
            from licensing_letter"""
                + " where "
                + where)
        .param(value)
        .query(RecommendationLetters::letter)
        .optional();
  }

  private static RecommendationLetter letter(ResultSet rs, int n) throws SQLException {
    Array classes = rs.getArray(10);
    return new RecommendationLetter(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        List.copyOf(Arrays.asList((Integer[]) classes.getArray())),
        rs.getString(11),
        rs.getObject(12, LocalDate.class));
  }
}
