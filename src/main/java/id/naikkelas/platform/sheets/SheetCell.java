package id.naikkelas.platform.sheets;

/**
 * One cell as the file holds it: its text, and whether Excel stored a number or a formula there
 * (both matter: a number has lost digits of a NIK, a formula is never data).
 */
public record SheetCell(String text, boolean numeric, boolean formula) {

  static SheetCell text(String text) {
    return new SheetCell(text, false, false);
  }
}
