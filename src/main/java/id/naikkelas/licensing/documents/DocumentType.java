package id.naikkelas.licensing.documents;

import id.naikkelas.licensing.LicenceKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a request's document is, which kinds ask for it, and whether it must be a picture (a photo
 * or a label) or may also be a PDF (a composition list, a description of the production process).
 */
public enum DocumentType {
  LABEL_DESIGN(false, EnumSet.of(LicenceKind.PIRT, LicenceKind.HALAL)),
  PRODUCT_PHOTO(true, EnumSet.of(LicenceKind.NIB, LicenceKind.PIRT, LicenceKind.HALAL)),
  COMPOSITION(false, EnumSet.of(LicenceKind.PIRT, LicenceKind.HALAL)),
  PRODUCTION_PROCESS(false, EnumSet.of(LicenceKind.PIRT, LicenceKind.HALAL)),
  SITE_PHOTO(true, EnumSet.of(LicenceKind.NIB, LicenceKind.PIRT, LicenceKind.HALAL)),
  MARK_LABEL(true, EnumSet.of(LicenceKind.TRADEMARK));

  private final boolean imageOnly;
  private final Set<LicenceKind> kinds;

  DocumentType(boolean imageOnly, Set<LicenceKind> kinds) {
    this.imageOnly = imageOnly;
    this.kinds = kinds;
  }

  /** True when only an image is accepted; otherwise a PDF is too. */
  public boolean imageOnly() {
    return imageOnly;
  }

  /** True when a request of that kind takes this document. */
  public boolean takenBy(LicenceKind kind) {
    return kinds.contains(kind);
  }

  /** The documents a request of that kind takes, in order. */
  public static List<DocumentType> of(LicenceKind kind) {
    return Arrays.stream(values()).filter(t -> t.takenBy(kind)).toList();
  }
}
