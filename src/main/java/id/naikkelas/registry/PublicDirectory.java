package id.naikkelas.registry;

import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.RegionScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public face of the registry: verified businesses, public fields only. */
@Service
@Transactional(readOnly = true)
public class PublicDirectory {

  private static final String SELECT =
      """
      select b.id, b.name, b.kbli_codes, b.ikm, b.exporter, d.name as district_name,
             r.name as regency_name,
             case when b.whatsapp_consent_at is not null then o.phone_cipher end as consented_phone
      from business b
      join owner o on o.id = b.owner_id
      join region v on v.code = b.village_code
      join region d on d.code = v.parent_code
      join region r on r.code = d.parent_code
      where b.status = 'VERIFIED'""";

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  PublicDirectory(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  public Page<PublicBusiness> search(String text, String region, Pageable pageable) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    if (text != null && !text.isBlank()) {
      where.append(" and b.name_key like ? escape '\\'");
      params.add(
          "%"
              + BusinessNames.key(text)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    if (region != null && !region.isBlank()) {
      where.append(" and ").append(RegionScope.sql("b.village_code"));
      params.add(region.strip());
      params.add(region.strip());
    }
    long total =
        jdbc.sql("select count(*) from (" + SELECT + where + ") found")
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(pageable.getPageSize());
    pageParams.add(pageable.getOffset());
    List<PublicBusiness> rows =
        jdbc.sql(SELECT + where + " order by b.name_key, b.id limit ? offset ?")
            .params(pageParams)
            .query(row())
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  public PublicBusiness find(long id) {
    Optional<PublicBusiness> found =
        jdbc.sql(SELECT + " and b.id = ?").param(id).query(row()).optional();
    return found.orElseThrow(() -> new NotFoundException("business", id));
  }

  private RowMapper<PublicBusiness> row() {
    return (rs, i) -> {
      String phone = rs.getString("consented_phone");
      return new PublicBusiness(
          rs.getLong("id"),
          rs.getString("name"),
          Arrays.asList((String[]) rs.getArray("kbli_codes").getArray()),
          rs.getString("district_name"),
          rs.getString("regency_name"),
          rs.getBoolean("ikm"),
          rs.getBoolean("exporter"),
          phone == null ? null : PhoneNumbers.whatsAppLink(cipher.decrypt(phone)));
    };
  }
}
