package id.naikkelas.licensing.web;

import id.naikkelas.licensing.RecommendationLetters;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public check page a letter's QR code opens: valid, or one 404 naming nothing. */
@Controller
class LetterCheckController {

  private final RecommendationLetters letters;

  LetterCheckController(RecommendationLetters letters) {
    this.letters = letters;
  }

  @GetMapping("/surat/{code}")
  String check(@PathVariable String code, Model model, HttpServletResponse response) {
    var letter = letters.byCode(code);
    if (letter.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    model.addAttribute("letter", letter.orElse(null));
    return "licensing/letter-check";
  }
}
