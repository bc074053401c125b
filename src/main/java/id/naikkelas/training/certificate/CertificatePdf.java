package id.naikkelas.training.certificate;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.naikkelas.platform.PublicUrl;
import id.naikkelas.platform.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a one-page A4 PDF in the reader's language, with a QR code of the public
 * check page.
 */
@Component
class CertificatePdf {

  private final MessageSource messages;
  private final PublicUrl publicUrl;

  CertificatePdf(MessageSource messages, PublicUrl publicUrl) {
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  byte[] render(Certificates.Check c, Locale locale) {
    String url = publicUrl.of("/sertifikat/" + c.code());
    String qr = Base64.getEncoder().encodeToString(QrCodes.png(url, 240));
    String html =
        """
        <html><head><style>
          @page { size: A4 landscape; margin: 20mm; }
          body { font-family: sans-serif; text-align: center; color: #1a1a1a; }
          h1 { font-size: 30pt; margin: 10mm 0 4mm; }
          .name { font-size: 24pt; font-weight: bold; margin: 8mm 0; }
          .small { font-size: 10pt; color: #555; }
        </style></head><body>
          <h1>%s</h1>
          <div>%s</div>
          <div class="name">%s</div>
          <div>%s</div>
          <div><b>%s</b></div>
          <div>%s</div>
          <p><img src="data:image/png;base64,%s" width="120" height="120"/></p>
          <div class="small">%s</div>
        </body></html>"""
            .formatted(
                esc(msg("training.certificate.heading", locale)),
                esc(msg("training.certificate.awardedTo", locale)),
                esc(c.name()),
                esc(msg("training.certificate.for", locale)),
                esc(c.eventTitle()),
                esc(
                    c.organiser()
                        + " · "
                        + c.startsOn()
                        + (c.endsOn().equals(c.startsOn()) ? "" : " – " + c.endsOn())),
                qr,
                esc(msg("training.certificate.checkAt", locale, url)));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static String esc(String s) {
    // XML escapes only: the PDF renderer parses XHTML, which knows no named HTML entities
    return (s == null ? "" : s)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
