package id.naikkelas.export.reference;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.modulith.NamedInterface;

/**
 * One HS code: a chapter (2 digits), heading (4), subheading (6) or BTKI national line (8), with
 * its parent code and section (I–XXI). {@code descriptionId} is null until an admin adds it.
 */
@Schema(name = "HsCode")
@NamedInterface("reference")
public record HsCodeView(
    String code,
    int level,
    String parent,
    String descriptionEn,
    String descriptionId,
    String section,
    String sectionName) {

  /** The Indonesian description where there is one, the English otherwise. */
  public String description() {
    return descriptionId != null ? descriptionId : descriptionEn;
  }
}
