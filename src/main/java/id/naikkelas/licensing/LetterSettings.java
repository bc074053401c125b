package id.naikkelas.licensing;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dinas's recommendation letter ({@code naikkelas.licensing.letter.*}): the letterhead lines,
 * the numbering pattern with {@code {seq}} and {@code {year}}, the city it is signed in, and the
 * signer.
 */
@ConfigurationProperties("naikkelas.licensing.letter")
record LetterSettings(
    @DefaultValue({
          "PEMERINTAH KABUPATEN LAMONGAN",
          "DINAS KOPERASI DAN USAHA MIKRO",
          "Jl. Basuki Rahmat No. 1, Lamongan"
        })
        List<String> letterhead,
    @DefaultValue("500.13/{seq}/413.114/{year}") String numberPattern,
    @DefaultValue("Lamongan") String city,
    @DefaultValue("Kepala Dinas") String signerPosition,
    @DefaultValue("Kepala Dinas Koperasi dan Usaha Mikro") String signerName) {

  String number(int seq, int year) {
    return numberPattern
        .replace("{seq}", String.format("%03d", seq))
        .replace("{year}", String.valueOf(year));
  }
}
