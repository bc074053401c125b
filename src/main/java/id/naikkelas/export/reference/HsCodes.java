package id.naikkelas.export.reference;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HS 2022 nomenclature (chapters, headings, subheadings) with Indonesia's 8-digit BTKI 2022
 * national lines: a goods code of an export is a 6-digit subheading or a stored 8-digit line. Codes
 * are accepted with dots or spaces ({@code 0901.21}) and stored as digits.
 */
@Service
@NamedInterface("reference")
public class HsCodes {

  static final int MAX_WORDS = 8;
  static final int MAX_TEXT = 600;
  private static final String SELECT =
      "select h.code, h.level, h.parent, h.description_en, h.description_id, h.section, s.name"
          + " from hs_code h left join hs_section s on s.section = h.section";
  private static final RowMapper<HsCodeView> ROW =
      (rs, n) ->
          new HsCodeView(
              rs.getString(1),
              rs.getInt(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7));

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  HsCodes(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public Optional<HsCodeView> find(String code) {
    String digits = digits(code);
    if (digits == null) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + " where h.code = ?").param(digits).query(ROW).optional();
  }

  /** True for a 6-digit HS subheading or a stored 8-digit BTKI line: a code goods may carry. */
  public boolean known(String code) {
    String digits = digits(code);
    return digits != null
        && (digits.length() == 6 || digits.length() == 8)
        && jdbc.sql("select count(*) from hs_code where code = ?")
                .param(digits)
                .query(Long.class)
                .single()
            > 0;
  }

  /** Codes starting with the digits of q, or whose description holds every word of q. */
  public Page<HsCodeView> search(String q, Pageable pageable) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    String digits = digits(text);
    if (digits != null) {
      where.append(" and h.code like ?");
      params.add(digits + "%");
    } else if (!text.isEmpty()) {
      String[] words = text.split("\\s+");
      for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
        String like = "%" + escape(words[i]) + "%";
        where.append(
            " and (lower(h.description_en) like ? or lower(coalesce(h.description_id, '')) like ?)");
        params.add(like);
        params.add(like);
      }
    }
    long total =
        jdbc.sql("select count(*) from hs_code h" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(pageable.getPageSize());
    pageParams.add(pageable.getOffset());
    List<HsCodeView> rows =
        jdbc.sql(SELECT + where + " order by h.code limit ? offset ?")
            .params(pageParams)
            .query(ROW)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  /** The heading (first four digits) of a code of at least four digits. */
  public String heading(String code) {
    return prefix(code, 4);
  }

  /** The chapter (first two digits) of a code. */
  public String chapter(String code) {
    return prefix(code, 2);
  }

  /** Sets (or, with a blank text, removes) the Indonesian description of a code: admins only. */
  @Transactional
  public HsCodeView describe(Actor by, String code, String descriptionId) {
    ReferenceAdmin.require(by);
    HsCodeView before = find(code).orElseThrow(() -> new NotFoundException("hs-code", code));
    String text = checkedText("descriptionId", descriptionId);
    jdbc.sql("update hs_code set description_id = ? where code = ?")
        .params(text, before.code())
        .update();
    Map<String, Object> was = new HashMap<>();
    was.put("descriptionId", before.descriptionId());
    Map<String, Object> now = new HashMap<>();
    now.put("descriptionId", text);
    audit.record(AuditAction.UPDATE, "hs-code", before.code(), null, was, now);
    return find(before.code()).orElseThrow();
  }

  /**
   * Adds an 8-digit BTKI national line under its 6-digit HS subheading: admins only. The prefix
   * must exist (422 naming {@code code}); a line already stored is a conflict (409).
   */
  @Transactional
  public HsCodeView addNationalLine(
      Actor by, String code, String descriptionEn, String descriptionId) {
    ReferenceAdmin.require(by);
    String digits = digits(code);
    if (digits == null || digits.length() != 8) {
      throw new InvalidInputException("code", "export.hs.line.format");
    }
    String parent = digits.substring(0, 6);
    HsCodeView subheading =
        find(parent)
            .filter(p -> p.level() == 6)
            .orElseThrow(
                () -> new InvalidInputException("code", "export.hs.line.prefixUnknown", parent));
    String en = checkedText("descriptionEn", descriptionEn);
    String id = checkedText("descriptionId", descriptionId);
    if (id == null) {
      throw new InvalidInputException("descriptionId", "export.hs.description.required");
    }
    int added =
        jdbc.sql(
                "insert into hs_code (code, level, parent, description_en, description_id,"
                    + " section) values (?, 8, ?, ?, ?, ?) on conflict (code) do nothing")
            .params(digits, parent, en, id, subheading.section())
            .update();
    if (added == 0) {
      throw new ConflictException("code", "export.hs.line.exists", digits);
    }
    Map<String, Object> after = new HashMap<>();
    after.put("code", digits);
    after.put("descriptionEn", en);
    after.put("descriptionId", id);
    audit.record(AuditAction.CREATE, "hs-code", digits, null, null, after);
    return find(digits).orElseThrow();
  }

  /** The digits of a code typed with or without dots and spaces; null when it is not a code. */
  static String digits(String code) {
    if (code == null) {
      return null;
    }
    String digits = code.strip().replace(".", "").replace(" ", "");
    return digits.matches("[0-9]{2,8}") ? digits : null;
  }

  private static String prefix(String code, int length) {
    String digits = digits(code);
    if (digits == null || digits.length() < length) {
      throw new InvalidInputException("code", "export.hs.code.format");
    }
    return digits.substring(0, length);
  }

  private static String checkedText(String field, String value) {
    String text = ReferenceAdmin.text(value);
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidInputException(field, "export.hs.description.tooLong", MAX_TEXT);
    }
    return text;
  }

  private static String escape(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
