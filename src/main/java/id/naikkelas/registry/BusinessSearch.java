package id.naikkelas.registry;

import id.naikkelas.platform.RegionScope;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The filtered, sorted, paged list of businesses. The caller's scope is always the first condition,
 * so no filter can widen it.
 */
@Component
public class BusinessSearch {

  private static final String FROM =
      """
       from business b
       join owner o on o.id = b.owner_id
       join region v on v.code = b.village_code
       join region d on d.code = v.parent_code
      """;

  private final JdbcClient jdbc;
  private final id.naikkelas.platform.PersonalDataCipher cipher;

  BusinessSearch(JdbcClient jdbc, id.naikkelas.platform.PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  Page<BusinessRow> find(String scope, BusinessQuery query, Pageable pageable) {
    List<Object> params = new ArrayList<>();
    String where = where(scope, query, params);
    long total =
        jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    // an owner who lives outside the scope is listed by masked NIK only, without a name
    List<Object> pageParams = new ArrayList<>(List.of(scope, scope));
    pageParams.addAll(params);
    pageParams.add(pageable.getPageSize());
    pageParams.add(pageable.getOffset());
    List<BusinessRow> rows =
        jdbc.sql(
                "select b.id, b.name, case when "
                    + RegionScope.sql("o.village_code")
                    + " then o.name end as owner_name, o.nik_masked, b.nib, b.kbli_codes,"
                    + " b.size_class, b.status, b.village_code, v.name as village_name,"
                    + " d.name as district_name, b.sells_online as online,"
                    + " b.exporter, b.ikm"
                    + FROM
                    + where
                    + " order by "
                    + order(query.sort())
                    + " limit ? offset ?")
            .params(pageParams)
            .query(ROW)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  /** The conditions of the list: the caller's scope first, then each filter given. */
  String where(String scope, BusinessQuery query, List<Object> params) {
    StringBuilder where = new StringBuilder(" where " + RegionScope.sql("b.village_code"));
    params.add(scope);
    params.add(scope);
    if (present(query.region())) {
      where.append(" and ").append(RegionScope.sql("b.village_code"));
      params.add(query.region().strip());
      params.add(query.region().strip());
    }
    if (present(query.kbli())) {
      where.append(" and ? = any(b.kbli_codes)");
      params.add(query.kbli().strip());
    }
    if (query.size() != null) {
      where.append(" and b.size_class = ?");
      params.add(query.size().name());
    }
    if (query.status() != null) {
      where.append(" and b.status = ?");
      params.add(query.status().name());
    }
    if (query.online() != null) {
      where.append(
          query.online()
              ? " and cardinality(b.online_channels) > 0"
              : " and cardinality(b.online_channels) = 0");
    }
    if (query.exporter() != null) {
      where.append(" and b.exporter = ?");
      params.add(query.exporter());
    }
    if (query.ikm() != null) {
      where.append(" and b.ikm = ?");
      params.add(query.ikm());
    }
    if (present(query.q())) {
      String q = query.q().strip();
      String digits = q.replace(" ", "");
      where.append(" and (b.name_key like ? escape '\\' or b.nib = ? or o.nik_hash = ?)");
      params.add("%" + escapeLike(BusinessNames.key(q)) + "%");
      params.add(digits);
      params.add(digits.length() == 16 ? cipher.hash(digits) : "-");
    }
    return where.toString();
  }

  /**
   * Every matching business with its owner's stored fields, in list order, one at a time; {@code
   * owner_village} tells whether the owner lives in the scope (the exporter masks them if not).
   */
  public void each(String scope, BusinessQuery query, RowCallbackHandler handler) {
    List<Object> params = new ArrayList<>();
    String where = where(scope, query, params);
    jdbc.sql(
            "select b.*, o.nik_cipher, o.nik_masked, o.name as owner_name, o.sex, o.phone_cipher,"
                + " o.phone_masked, o.email, o.village_code as owner_village,"
                + " v.name as village_name, d.name as district_name"
                + FROM
                + where
                + " order by "
                + order(query.sort()))
        .params(params)
        .query(handler);
  }

  /** Only these sort keys exist; anything else sorts by name. */
  private static String order(String sort) {
    return switch (sort == null ? "" : sort.toLowerCase(Locale.ROOT)) {
      case "newest" -> "b.created_at desc, b.id desc";
      case "village" -> "d.name, v.name, b.name_key, b.id";
      case "size" -> "b.size_class nulls last, b.name_key, b.id";
      case "status" -> "b.status, b.name_key, b.id";
      default -> "b.name_key, b.id";
    };
  }

  private static final RowMapper<BusinessRow> ROW =
      (rs, i) ->
          new BusinessRow(
              rs.getLong("id"),
              rs.getString("name"),
              rs.getString("owner_name"),
              rs.getString("nik_masked"),
              rs.getString("nib"),
              strings(rs.getArray("kbli_codes")),
              rs.getString("size_class") == null
                  ? null
                  : SizeClass.valueOf(rs.getString("size_class")),
              BusinessStatus.valueOf(rs.getString("status")),
              rs.getString("village_code"),
              rs.getString("village_name"),
              rs.getString("district_name"),
              rs.getBoolean("online"),
              rs.getBoolean("exporter"),
              rs.getBoolean("ikm"));

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
