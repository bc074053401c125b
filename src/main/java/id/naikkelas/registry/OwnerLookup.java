package id.naikkelas.registry;

import id.naikkelas.platform.PersonalDataCipher;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may learn about a person from the registry: whether a NIK owns a business (and
 * its size and sectors), and the registry data of a signed-in owner, to fill in forms for them.
 */
@Service
public class OwnerLookup {

  /** A person's business as other modules see it. */
  public record BusinessFacts(long businessId, String sizeClass, List<String> kbliCodes) {}

  /** A signed-in owner's own data, to fill a form for them. */
  public record OwnerFacts(
      String nik,
      String name,
      String phone,
      String villageCode,
      Optional<BusinessFacts> business) {}

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  OwnerLookup(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** The person's first business that is not inactive, by the keyed hash of their NIK. */
  public Optional<BusinessFacts> businessOf(String nikHash) {
    return jdbc.sql(
            """
            select b.id, b.size_class, b.kbli_codes from business b join owner o on o.id = b.owner_id
            where o.nik_hash = ? and b.status <> 'INACTIVE' order by b.id limit 1""")
        .param(nikHash)
        .query(
            (rs, n) ->
                new BusinessFacts(
                    rs.getLong(1),
                    rs.getString(2),
                    Arrays.asList((String[]) rs.getArray(3).getArray())))
        .optional();
  }

  /** The owner behind an OWNER account, with full NIK and phone: only for that owner's own use. */
  public Optional<OwnerFacts> ownerOfAccount(long accountId) {
    return jdbc.sql(
            """
            select nik_cipher, nik_hash, name, phone_cipher, village_code from owner
            where account_id = ?""")
        .param(accountId)
        .query(
            (rs, n) ->
                new OwnerFacts(
                    cipher.decrypt(rs.getString(1)),
                    rs.getString(3),
                    rs.getString(4) == null ? null : cipher.decrypt(rs.getString(4)),
                    rs.getString(5),
                    businessOf(rs.getString(2))))
        .optional();
  }
}
