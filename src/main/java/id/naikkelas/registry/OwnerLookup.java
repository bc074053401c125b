package id.naikkelas.registry;

import id.naikkelas.platform.PersonalDataCipher;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What other modules may learn about a person from the registry: whether a NIK owns a business (and
 * its size and sectors), and the registry data of a signed-in owner, to fill in forms for them.
 */
@Service
@NamedInterface("lookup")
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

  /** What the catalogue needs of a business: name, place, status, badges, owner, contact. */
  public record CatalogueFacts(
      long businessId,
      String name,
      String villageCode,
      String status,
      boolean pirt,
      boolean halal,
      boolean trademark,
      boolean exporter,
      Long ownerAccountId,
      String whatsapp) {}

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

  /**
   * Facts of a business for its products (an expired P-IRT earns no badge: it may not be used);
   * {@code whatsapp} is the owner's E.164 number only when the owner agreed to be contacted on
   * WhatsApp.
   */
  public Optional<CatalogueFacts> catalogueFacts(long businessId) {
    return jdbc.sql(
            """
            select b.id, b.name, b.village_code, b.status,
              case when b.pirt_expires_on is null or b.pirt_expires_on >= current_date
                then b.pirt_number end,
              b.halal_number, b.trademark_number, b.exporter, o.account_id, o.phone_cipher,
              b.whatsapp_consent_at
            from business b join owner o on o.id = b.owner_id where b.id = ?""")
        .param(businessId)
        .query(
            (rs, n) ->
                new CatalogueFacts(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5) != null && !rs.getString(5).isBlank(),
                    rs.getString(6) != null && !rs.getString(6).isBlank(),
                    rs.getString(7) != null && !rs.getString(7).isBlank(),
                    rs.getBoolean(8),
                    (Long) rs.getObject(9),
                    rs.getString(10) != null && rs.getTimestamp(11) != null
                        ? cipher.decrypt(rs.getString(10))
                        : null))
        .optional();
  }

  /** The size class a business is registered with (MICRO … LARGE); empty when unknown. */
  public Optional<String> sizeClass(long businessId) {
    return jdbc.sql("select size_class from business where id = ?")
        .param(businessId)
        .query((rs, n) -> rs.getString(1))
        .optional()
        .filter(c -> c != null);
  }

  /** The business registered with this NIB (13 digits), whatever its status; empty when none. */
  public Optional<Long> businessWithNib(String nib) {
    return jdbc.sql("select id from business where nib = ?")
        .param(nib)
        .query(Long.class)
        .optional();
  }

  /** The owner's phone (E.164) of a business, for messages from the dinas; empty when none. */
  public Optional<String> ownerPhone(long businessId) {
    return jdbc.sql(
            "select o.phone_cipher from business b join owner o on o.id = b.owner_id where b.id = ?")
        .param(businessId)
        .query((rs, n) -> rs.getString(1))
        .optional()
        .filter(c -> c != null)
        .map(cipher::decrypt);
  }

  /** The ids of the businesses an OWNER account owns. */
  public List<Long> businessesOfAccount(long accountId) {
    return jdbc.sql(
            "select b.id from business b join owner o on o.id = b.owner_id where o.account_id = ?"
                + " order by b.id")
        .param(accountId)
        .query(Long.class)
        .list();
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
