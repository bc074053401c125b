package id.naikkelas.licensing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.naikkelas.platform.PublicUrl;
import id.naikkelas.platform.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The recommendation letter as a one-page A4 PDF in Indonesian (the language DJKI reads): the
 * letterhead, number, the business certified as a coached micro or small business, the mark and its
 * goods or services, the signer, and a QR code of the public check page.
 */
@Component
class LetterPdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private final LetterSettings settings;
  private final PublicUrl publicUrl;

  LetterPdf(LetterSettings settings, PublicUrl publicUrl) {
    this.settings = settings;
    this.publicUrl = publicUrl;
  }

  String checkUrl(String code) {
    return publicUrl.of("/surat/" + code);
  }

  byte[] render(RecommendationLetter l) {
    String qr = Base64.getEncoder().encodeToString(QrCodes.png(checkUrl(l.code()), 240));
    String head =
        settings.letterhead().stream()
            .map(line -> "<div>" + esc(line) + "</div>")
            .collect(Collectors.joining());
    String classes =
        l.niceClasses().stream().map(String::valueOf).collect(Collectors.joining(", "));
    String html =
        """
        <html><head><style>
          @page { size: A4; margin: 20mm 22mm; }
          body { font-family: serif; font-size: 11.5pt; color: #111; }
          .head { text-align: center; font-weight: bold; border-bottom: 2px solid #111;
                  padding-bottom: 3mm; margin-bottom: 6mm; }
          .title { text-align: center; font-weight: bold; text-decoration: underline; }
          .number { text-align: center; margin-bottom: 6mm; }
          td { vertical-align: top; padding: 1mm 2mm 1mm 0; }
          .sign { margin-left: 95mm; margin-top: 10mm; }
          .qr { position: absolute; left: 0; bottom: 0; font-size: 8pt; color: #444; }
        </style></head><body>
          <div class="head">%s</div>
          <div class="title">SURAT REKOMENDASI</div>
          <div class="number">Nomor: %s</div>
          <p>Yang bertanda tangan di bawah ini menerangkan bahwa usaha berikut adalah usaha mikro
             atau kecil binaan dinas, untuk pengajuan permohonan merek dengan tarif UMK:</p>
          <table>
            <tr><td>Nama usaha</td><td>: %s</td></tr>
            <tr><td>Merek</td><td>: %s</td></tr>
            <tr><td>Kelas</td><td>: %s</td></tr>
            <tr><td>Barang/jasa</td><td>: %s</td></tr>
          </table>
          <p>Surat ini berlaku untuk satu merek dan pengajuan pada tahun %d.</p>
          <div class="sign">%s, %s<br/>%s<br/><br/><br/><br/><b>%s</b></div>
          <div class="qr"><img src="data:image/png;base64,%s" width="90" height="90"/><br/>%s</div>
        </body></html>"""
            .formatted(
                head,
                esc(l.number()),
                esc(l.businessName()),
                esc(l.markName()),
                esc(classes),
                esc(l.goodsServices()),
                l.issuedOn().getYear(),
                esc(settings.city()),
                esc(l.issuedOn().format(DAY)),
                esc(l.signerPosition()),
                esc(l.signerName()),
                qr,
                esc(checkUrl(l.code())));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new PdfRendererBuilder().withHtmlContent(html, null).toStream(out).run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
