package id.naikkelas.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the region table; it is reference data, written only by its migration. */
@Repository
class RegionRepository {

  private static final RowMapper<Region> ROW =
      (rs, i) ->
          new Region(
              rs.getString("code"),
              rs.getString("name"),
              RegionLevel.valueOf(rs.getString("level")),
              rs.getString("parent_code"));

  private final JdbcClient jdbc;

  RegionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Region> find(String code) {
    return jdbc.sql("select code, name, level, parent_code from region where code = ?")
        .param(code)
        .query(ROW)
        .optional();
  }

  List<Region> children(String code) {
    return jdbc.sql(
            "select code, name, level, parent_code from region where parent_code = ? order by code")
        .param(code)
        .query(ROW)
        .list();
  }

  List<Region> topLevel() {
    return jdbc.sql(
            "select code, name, level, parent_code from region where parent_code is null order by code")
        .query(ROW)
        .list();
  }

  /** Every region of one level inside the scope, ordered by code. */
  List<Region> within(String scope, RegionLevel level) {
    return jdbc.sql(
            "select code, name, level, parent_code from region where code like ? and level = ? order by code")
        .param(scope + ".%")
        .param(level.name())
        .query(ROW)
        .list();
  }

  /** Regions whose name contains the text (case ignored), inside {@code within} when given. */
  Page<Region> search(String text, String within, Pageable pageable) {
    String pattern = "%" + escapeLike(text.strip().toLowerCase()) + "%";
    String prefix = within == null ? "%" : escapeLike(within) + "%";
    long total =
        jdbc.sql(
                "select count(*) from region where lower(name) like ? escape '\\' and code like ? escape '\\'")
            .param(pattern)
            .param(prefix)
            .query(Long.class)
            .single();
    List<Region> rows =
        jdbc.sql(
                """
                select code, name, level, parent_code from region
                where lower(name) like ? escape '\\' and code like ? escape '\\'
                order by length(code), name, code limit ? offset ?""")
            .param(pattern)
            .param(prefix)
            .param(pageable.getPageSize())
            .param(pageable.getOffset())
            .query(ROW)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
